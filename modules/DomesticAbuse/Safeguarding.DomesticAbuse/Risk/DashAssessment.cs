namespace Safeguarding.DomesticAbuse.Risk;

public enum DashAnswer { Yes, No, NotKnown }
public enum RiskLevel { Standard, High }
public enum HighRiskBasis { Score, Judgement, Escalation }

/// <summary>A completed DASH (Domestic Abuse, Stalking and Honour-based violence) risk checklist: 24 answers.</summary>
public sealed class DashAssessment
{
    public Guid Id { get; set; }
    /// <summary>The victim, when known to the module from notices.</summary>
    public Guid? VictimAdultId { get; set; }
    public string Agency { get; set; } = "";
    public string Practitioner { get; set; } = "";
    public DateOnly CompletedOn { get; set; }
    /// <summary>The 24 answers in question order, one letter each: Y, N or K (not known).</summary>
    public string Answers { get; set; } = "";
    public int YesCount { get; set; }
    public int IncidentsInLastYear { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public HighRiskBasis? HighRiskBasis { get; set; }
    public string? JudgementReason { get; set; }
}

/// <summary>A high-risk case referred to a Multi-Agency Risk Assessment Conference.</summary>
public sealed class MaracReferral
{
    public Guid Id { get; set; }
    public Guid AssessmentId { get; set; }
    public string ReferringAgency { get; set; } = "";
    public DateOnly ReferredOn { get; set; }
    public DateOnly MeetingOn { get; set; }
    public HighRiskBasis Basis { get; set; }
    public List<MaracAction> Actions { get; set; } = [];
}

/// <summary>An action agreed at the MARAC for one agency.</summary>
public sealed class MaracAction
{
    public Guid Id { get; set; }
    public Guid ReferralId { get; set; }
    public string Agency { get; set; } = "";
    public string Action { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
}
