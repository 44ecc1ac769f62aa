namespace Safeguarding.Scrutiny.ReadModel;

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
        [SourceModules.Governance] = [Partner, OverdueAction, RapidReview, CaseAudit, TrainingSession, TrainingAttendance, TrainingEvaluation],
        [SourceModules.Neglect] = [ChildProtectionPlan, Gcp2Assessment],
        [SourceModules.DomesticAbuse] = [ProtectionNotice, ChildrenInNoticesFigure, EncompassNotification],
        [SourceModules.Adolescents] = [MissingEpisode, ReturnHomeInterview],
        [SourceModules.Csa] = [CsaFlag, HsbIncident, HospitalSafeguardedCases],
        [SourceModules.Funding] = [Income, Expenditure, YearClosed, YearOpeningReserve],
    };
}
