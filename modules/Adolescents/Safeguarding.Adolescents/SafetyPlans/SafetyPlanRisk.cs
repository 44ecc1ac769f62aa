namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A risk as one version of a plan described it.</summary>
public sealed class SafetyPlanRisk
{
    private SafetyPlanRisk() { }

    public Guid Id { get; private set; }
    public Guid VersionId { get; private set; }
    /// <summary>The risk, in words.</summary>
    public string Description { get; private set; } = "";
    /// <summary>How serious the risk is.</summary>
    public RiskLevel Level { get; private set; }

    /// <summary>A risk of the version <paramref name="versionId"/>, as checked by <see cref="SafetyPlanVersion"/>.</summary>
    internal static SafetyPlanRisk For(Guid versionId, string description, RiskLevel level) =>
        new() { Id = Guid.NewGuid(), VersionId = versionId, Description = description, Level = level };
}
