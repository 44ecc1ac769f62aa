namespace Safeguarding.Host.GraphQL;

/// <summary>The data protection officer's finding on a sealed access: JUSTIFIED or NOT_JUSTIFIED.</summary>
public sealed class SealedAccessOutcomeGraphType : EnumerationGraphType<SealedAccessOutcome>
{
    public SealedAccessOutcomeGraphType() => Name = "SealedAccessOutcome";
}
