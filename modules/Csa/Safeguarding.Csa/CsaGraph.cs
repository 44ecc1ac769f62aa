using GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Csa;

/// <summary>What the module's resolvers share: who may read aggregates, and the caller's agency.</summary>
internal static class CsaGraph
{
    /// <summary>Whole-partnership figures: no child can be told apart in them.</summary>
    public const Access Aggregates = Access.Scrutineer | Access.WorkingGroupMember | Access.Administrator;

}
