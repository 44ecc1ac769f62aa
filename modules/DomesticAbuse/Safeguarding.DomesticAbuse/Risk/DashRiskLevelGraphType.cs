namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>The outcome of a DASH risk assessment (named apart from the Adolescents safety plan's risk level).</summary>
public sealed class DashRiskLevelGraphType : EnumerationGraphType<RiskLevel>
{
    public DashRiskLevelGraphType() => Name = "DashRiskLevel";
}
