namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>
/// One fact Scrutiny learned from another module's integration event: a child protection plan, a notice, a missing
/// episode, a review, a contribution... keyed by its kind and the id the publishing module gave it, so that a repeated
/// or replayed event updates the same row. Facts carry no subject id and no identity: only what the scorecard counts.
/// The whole table is rebuilt from the event history by a replay.
/// </summary>
public sealed class Fact
{
    /// <summary>What the fact is (see <see cref="FactKinds"/>).</summary>
    public string Kind { get; set; } = "";
    /// <summary>The publisher's id of the thing (a plan id, a notice id, a financial year...).</summary>
    public string Key { get; set; } = "";
    /// <summary>The agency (or body, or school) the fact is counted under, when there is one.</summary>
    public string? Agency { get; set; }
    /// <summary>A category: a plan's category, a source of income, a heading of expenditure, an HSB grade.</summary>
    public string? Category { get; set; }
    /// <summary>A labelled period the publisher gave (a quarter such as 2023/24 Q3, a financial year such as 2023/24).</summary>
    public string? Period { get; set; }
    /// <summary>The UK date the fact is counted on (a plan's start, an incident, a deadline).</summary>
    public DateOnly? On { get; set; }
    /// <summary>A second UK date when the fact has one (a plan's end, an action's completion).</summary>
    public DateOnly? Until { get; set; }
    /// <summary>An outcome: ON_TIME, LATE, OVERDUE, WITHIN_72H...</summary>
    public string? Outcome { get; set; }
    /// <summary>A number the fact carries (children in a notice, attendees, a score, an amount in pounds).</summary>
    public decimal Value { get; set; }
}
