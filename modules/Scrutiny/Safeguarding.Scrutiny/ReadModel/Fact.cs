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

/// <summary>The kinds of fact, and the module whose events produce each.</summary>
public static class FactKinds
{
    public const string Partner = "Partner";                               // Governance
    public const string OverdueAction = "OverdueAction";                   // Governance
    public const string RapidReview = "RapidReview";                       // Governance
    public const string CaseAudit = "CaseAudit";                           // Governance
    public const string TrainingSession = "TrainingSession";               // Governance
    public const string TrainingAttendance = "TrainingAttendance";         // Governance
    public const string TrainingEvaluation = "TrainingEvaluation";         // Governance
    public const string ChildProtectionPlan = "ChildProtectionPlan";       // Neglect
    public const string Gcp2Assessment = "Gcp2Assessment";                 // Neglect
    public const string ProtectionNotice = "ProtectionNotice";             // DomesticAbuse
    public const string ChildrenInNoticesFigure = "ChildrenInNoticesFigure"; // DomesticAbuse
    public const string EncompassNotification = "EncompassNotification";  // DomesticAbuse
    public const string MissingEpisode = "MissingEpisode";                 // Adolescents
    public const string ReturnHomeInterview = "ReturnHomeInterview";       // Adolescents
    public const string CsaFlag = "CsaFlag";                               // Csa
    public const string HsbIncident = "HsbIncident";                       // Csa
    public const string HospitalSafeguardedCases = "HospitalSafeguardedCases"; // Csa
    public const string Income = "Income";                                 // Funding
    public const string Expenditure = "Expenditure";                       // Funding
    public const string YearClosed = "YearClosed";                         // Funding (Value: closing reserve; Until unused)
    public const string YearOpeningReserve = "YearOpeningReserve";         // Funding

    /// <summary>Which module's events produce each kind: a module none of whose kinds is present has sent no data.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ByModule = new Dictionary<string, string[]>
    {
        ["Governance"] = [Partner, OverdueAction, RapidReview, CaseAudit, TrainingSession, TrainingAttendance, TrainingEvaluation],
        ["Neglect"] = [ChildProtectionPlan, Gcp2Assessment],
        ["DomesticAbuse"] = [ProtectionNotice, ChildrenInNoticesFigure, EncompassNotification],
        ["Adolescents"] = [MissingEpisode, ReturnHomeInterview],
        ["Csa"] = [CsaFlag, HsbIncident, HospitalSafeguardedCases],
        ["Funding"] = [Income, Expenditure, YearClosed, YearOpeningReserve],
    };
}

/// <summary>Outcomes recorded on facts.</summary>
public static class Outcomes
{
    public const string OnTime = "ON_TIME";
    public const string Late = "LATE";
    public const string Overdue = "OVERDUE";
    public const string Statutory = "STATUTORY";
    public const string Grant = "GRANT";
    public const string Contribution = "CONTRIBUTION";
}
