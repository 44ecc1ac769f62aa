using Safeguarding.Csa.Contracts;

namespace Safeguarding.Csa.Indicators;

/// <summary>
/// A child flagged for a multi-agency discussion because indicators accumulated past the flagging rule. A child has at
/// most one open flag; it closes when the discussion is recorded, and only indicators recorded after that can raise
/// the next flag.
/// </summary>
public sealed class DiscussionFlag
{
    public const int MaxAgencies = 30;

    private DiscussionFlag() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The UK day the child was flagged.</summary>
    public DateOnly FlaggedOn { get; private set; }
    /// <summary>Agencies among the indicators not yet discussed when the flag was raised.</summary>
    public int AgencyCount { get; private set; }
    /// <summary>The most of those indicators observed within the window of days.</summary>
    public int IndicatorsInWindow { get; private set; }
    /// <summary>AGENCIES, COUNT or AGENCIES+COUNT.</summary>
    public string Reason { get; private set; } = "";
    /// <summary>The UK day the discussion was held; null until then.</summary>
    public DateOnly? DiscussionHeldOn { get; private set; }
    /// <summary>The agencies at the discussion, separated by "; ".</summary>
    public string? DiscussionAgencies { get; private set; }
    /// <summary>What the discussion decided; null until held.</summary>
    public string? DiscussionOutcome { get; private set; }
    public string? RecordedBy { get; private set; }

    /// <summary>True until the discussion is recorded.</summary>
    public bool IsOpen => DiscussionHeldOn is null;
    public IReadOnlyList<string> Agencies => DiscussionAgencies?.Split("; ", StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>Flags a child on <paramref name="today"/> because the flagging rule said so, and the event that announces it, to publish in the same save.</summary>
    public static (DiscussionFlag Flag, SubjectFlaggedForDiscussion Raised) Raise(Guid subjectId, FlagDecision decision, DateOnly today)
    {
        if (!decision.Flag) throw new ArgumentException("Only a decision to flag raises a flag.", nameof(decision));
        var flag = new DiscussionFlag
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, FlaggedOn = today, AgencyCount = decision.AgencyCount,
            IndicatorsInWindow = decision.IndicatorsInWindow, Reason = decision.Reason,
        };
        return (flag, new SubjectFlaggedForDiscussion(flag.Id, subjectId, today, decision.AgencyCount, decision.IndicatorsInWindow, decision.Reason));
    }

    /// <summary>
    /// A discussion as reported, once its agencies are known to be the partnership's: held by today, between at least
    /// two agencies (unless the agencies named were already found wrong), and what was agreed.
    /// </summary>
    public static InputCheck CheckDiscussion(InputCheck check, DateOnly heldOn, IReadOnlyCollection<string> agencies, string? outcome, DateOnly today) =>
        check.Require(heldOn <= today, "heldOn", $"The discussion cannot be in the future (today is {today:d MMMM yyyy}).")
            .Require(check.HasProblems || agencies.Count >= 2, "agencies", "A multi-agency discussion needs at least two agencies: name each one that took part.")
            .RequireText(outcome, "outcome", "What was agreed", 2000);

    /// <summary>
    /// Records the discussion of this open flag, held on or after the day flagged, and closes it: the child's
    /// <paramref name="undiscussed"/> indicators count as discussed. Returns the event to publish in the same save.
    /// </summary>
    /// <param name="childIds">Every id of the flagged child (records merged as one child); by default the flag's own.</param>
    public MultiAgencyDiscussionHeld RecordDiscussion(DateOnly heldOn, IReadOnlyList<string> agencies, string? outcome, string recordedBy,
        IEnumerable<Indicator> undiscussed, DateOnly today, IReadOnlyCollection<Guid>? childIds = null)
    {
        CheckDiscussion(new InputCheck(), heldOn, agencies, outcome, today).ThrowIfInvalid();
        if (!IsOpen) throw DomainException.Conflict($"This flag was already closed by the discussion held on {DiscussionHeldOn:d MMMM yyyy}.");
        if (heldOn < FlaggedOn) throw DomainException.Invalid("heldOn", $"The child was flagged on {FlaggedOn:d MMMM yyyy}; the discussion cannot be before that.");
        DiscussionHeldOn = heldOn;
        DiscussionAgencies = string.Join("; ", agencies);
        DiscussionOutcome = outcome!.Trim();
        RecordedBy = recordedBy;
        foreach (var indicator in undiscussed) indicator.DiscussedUnder(this, childIds ?? [SubjectId]);
        return new MultiAgencyDiscussionHeld(Id, FlaggedOn, heldOn, agencies.Count);
    }
}
