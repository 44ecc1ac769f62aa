using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Tests.Architecture.Fixtures;

/// <summary>A rule that answers with a GraphQL error, on purpose, so the rule against it can be seen to fail.</summary>
public static class RuleAnsweringWithAnApiError
{
    public static void RefuseAClosedYear(bool closed)
    {
        if (closed) throw PartnershipError.Conflict("The year is closed.");
    }
}
