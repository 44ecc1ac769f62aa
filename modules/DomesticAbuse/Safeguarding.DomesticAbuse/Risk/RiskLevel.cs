namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>The risk level of a DASH risk assessment.</summary>
public enum RiskLevel
{
    /// <summary>Standard risk: below the high-risk threshold, with no judgement or escalation making it high.</summary>
    Standard,
    /// <summary>High risk: 14 or more YES answers, professional judgement, or escalation.</summary>
    High,
}
