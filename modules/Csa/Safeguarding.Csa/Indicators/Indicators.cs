namespace Safeguarding.Csa.Indicators;

/// <summary>
/// A category of signs and indicators of child sexual abuse. The categories follow the headings of the CSA Centre's
/// signs and indicators template as names only: the template's descriptor text is not held (see docs/modules/csa.md).
/// Reference data, inserted by the module's migration.
/// </summary>
public sealed class IndicatorCategory
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public int Position { get; set; }

    public static readonly IReadOnlyList<IndicatorCategory> All =
    [
        new() { Code = "PHYSICAL", Label = "Physical signs", Position = 1 },
        new() { Code = "EMOTIONAL_BEHAVIOURAL", Label = "Emotional and behavioural signs", Position = 2 },
        new() { Code = "SEXUAL_BEHAVIOUR", Label = "Concerning sexual behaviour", Position = 3 },
        new() { Code = "CHILD_STATEMENTS", Label = "What the child has said", Position = 4 },
        new() { Code = "ABUSIVE_BEHAVIOUR", Label = "Indicators in an adult or young person", Position = 5 },
        new() { Code = "CIRCUMSTANCES", Label = "Family and environment", Position = 6 },
    ];
}

/// <summary>A sign or indicator about a child, recorded by a practitioner of any agency in the CSA working group.</summary>
public sealed class Indicator
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string CategoryCode { get; set; } = "";
    public DateOnly ObservedOn { get; set; }
    /// <summary>The agency whose practitioner observed it (by default the recorder's agency).</summary>
    public string SourceAgency { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Whether the child was seen and spoken to alone when this was observed.</summary>
    public bool SeenAndSpokenToAlone { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>The flag whose multi-agency discussion considered this indicator; empty while not yet discussed.</summary>
    public Guid? DiscussedUnderFlagId { get; set; }
}

/// <summary>
/// A child flagged for a multi-agency discussion because indicators accumulated past the flagging rule. A child has at
/// most one open flag; it closes when the discussion is recorded, and only indicators recorded after that can raise
/// the next flag.
/// </summary>
public sealed class DiscussionFlag
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public DateOnly FlaggedOn { get; set; }
    public int AgencyCount { get; set; }
    public int IndicatorsInWindow { get; set; }
    /// <summary>AGENCIES, COUNT or AGENCIES+COUNT.</summary>
    public string Reason { get; set; } = "";
    public DateOnly? DiscussionHeldOn { get; set; }
    /// <summary>The agencies at the discussion, separated by "; ".</summary>
    public string? DiscussionAgencies { get; set; }
    public string? DiscussionOutcome { get; set; }
    public string? RecordedBy { get; set; }

    public bool IsOpen => DiscussionHeldOn is null;
    public IReadOnlyList<string> Agencies => DiscussionAgencies?.Split("; ", StringSplitOptions.RemoveEmptyEntries) ?? [];
}
