namespace Safeguarding.Host.GraphQL;

/// <summary>What disposal did to a kind of record: DELETE (the rows are gone) or ANONYMISE (kept and counted, the link to the person cut).</summary>
public sealed class DisposalGraphType : EnumerationGraphType<Disposal>
{
    public DisposalGraphType() => Name = "Disposal";
}
