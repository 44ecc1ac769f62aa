namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>What made a DASH risk assessment high risk.</summary>
public enum HighRiskBasis
{
    /// <summary>14 or more YES answers.</summary>
    Score,
    /// <summary>Professional judgement, whatever the count of YES answers.</summary>
    Judgement,
    /// <summary>Escalation: 3 or more notices involving the victim in 12 months.</summary>
    Escalation,
}
