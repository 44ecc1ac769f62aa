using Safeguarding.Csa.Contracts;

namespace Safeguarding.Csa.Indicators;

/// <summary>A sign or indicator about a child, recorded by a practitioner of any agency in the CSA working group.</summary>
public sealed class Indicator
{
    private Indicator() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    public string CategoryCode { get; private set; } = "";
    public DateOnly ObservedOn { get; private set; }
    /// <summary>The agency whose practitioner observed it (by default the recorder's agency).</summary>
    public string SourceAgency { get; private set; } = "";
    public string Description { get; private set; } = "";
    /// <summary>Whether the child was seen and spoken to alone when this was observed.</summary>
    public bool SeenAndSpokenToAlone { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The flag whose multi-agency discussion considered this indicator; empty while not yet discussed.</summary>
    public Guid? DiscussedUnderFlagId { get; private set; }

    /// <summary>
    /// The indicator as reported, before its category and agency are looked up: a category, a day observed by today and
    /// within the last 18 years, an agency of at most 200 characters if named, and what was observed.
    /// </summary>
    public static InputCheck Check(InputCheck check, RecordCsaIndicatorInput input, DateOnly today) =>
        check.RequireText(input.CategoryCode, "categoryCode", "The category", 40)
            .Require(input.ObservedOn <= today, "observedOn", $"The day observed cannot be in the future (today is {today:d MMMM yyyy}).")
            .Require(input.ObservedOn > today.AddYears(-18), "observedOn", "The day observed must be within the last 18 years.")
            .OptionalText(input.SourceAgency, "sourceAgency", "The agency", 200)
            .RequireText(input.Description, "description", "What was observed", 2000);

    /// <summary>
    /// A sign or indicator of a known <paramref name="category"/>, seen by <paramref name="sourceAgency"/> (one of the
    /// partnership's), and the event that announces it, to publish in the same save.
    /// </summary>
    public static (Indicator Indicator, SignOrIndicatorRecorded Recorded) Record(Guid subjectId, IndicatorCategory category, RecordCsaIndicatorInput input,
        string sourceAgency, string recordedBy, DateOnly today, DateTimeOffset recordedAt)
    {
        Check(new InputCheck(), input, today).ThrowIfInvalid();
        var indicator = new Indicator
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, CategoryCode = category.Code, ObservedOn = input.ObservedOn, SourceAgency = sourceAgency,
            Description = input.Description!.Trim(), SeenAndSpokenToAlone = input.SeenAndSpokenToAlone, RecordedBy = recordedBy, RecordedAt = recordedAt,
        };
        return (indicator, new SignOrIndicatorRecorded(indicator.Id, indicator.CategoryCode, indicator.SourceAgency, indicator.ObservedOn));
    }

    /// <summary>What the flagging rule looks at.</summary>
    public IndicatorFact ToFact() => new(SourceAgency, ObservedOn);

    /// <summary>
    /// Marks the indicator as considered by the discussion of a flag of its child: <paramref name="childIds"/> are every
    /// id of the flagged child (records merged as one child), so the indicator may be held under another id than the flag.
    /// </summary>
    internal void DiscussedUnder(DiscussionFlag flag, IReadOnlyCollection<Guid> childIds)
    {
        if (!childIds.Contains(SubjectId)) throw new ArgumentException("A flag's discussion considers only its own child's indicators.", nameof(flag));
        DiscussedUnderFlagId ??= flag.Id;
    }
}
