namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>The level of a risk in a young person's safety plan.</summary>
public enum RiskLevel
{
    /// <summary>Low.</summary>
    Low,
    /// <summary>Medium.</summary>
    Medium,
    /// <summary>High.</summary>
    High,
}
