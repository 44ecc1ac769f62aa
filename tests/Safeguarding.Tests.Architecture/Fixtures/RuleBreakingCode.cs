namespace Safeguarding.Tests.Architecture.Fixtures;

/// <summary>Breaks the module boundary on purpose (it uses Governance's DbContext), so the rule can be seen to fail.</summary>
public sealed class RuleBreakingCode
{
    public Safeguarding.Governance.Persistence.GovernanceDbContext? ReachesIntoGovernance { get; set; }
}
