namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A version of a plan read beside the one before it, so that what it changed can be said.</summary>
/// <param name="IsCurrent">Whether this is the plan's current version.</param>
public sealed record SafetyPlanRevision(SafetyPlanVersion Version, SafetyPlanVersion? Previous, bool IsCurrent)
{
    public IReadOnlyList<string> Changes => Version.ChangesSince(Previous);
}
