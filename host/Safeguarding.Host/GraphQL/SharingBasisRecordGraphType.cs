using GraphQL.Resolvers;

namespace Safeguarding.Host.GraphQL;

public sealed class SharingBasisRecordGraphType : RecordGraphType<SharingBasisRecord>
{
    public SharingBasisRecordGraphType() : base("InformationSharingBasis", "The lawful basis on which a module's information about the child is shared outside its working group.",
        x => x.GatewayCode, x => x.AgreementId, x => x.AuditMark)
    {
        Describe(x => x.Reason, "Why consent was overridden (required then). Shown only to the working group of the module that holds the information " +
                                "and to the data protection officer: it can say what that module knows. Null for everyone else.")
            .Resolver = new FuncFieldResolver<SharingBasisRecord, string?>(ReasonFor);
        Field<StatutoryGatewayGraphType>("gateway").Description("The statutory gateway the information is shared under (a STATUTORY_GATEWAY basis).")
            .ResolveAsync(async c => c.Source.GatewayCode is { } code
                ? await c.RequestServices!.GetRequiredService<PlatformDbContext>().StatutoryGateways.FindAsync([code], c.CancellationToken) : null);
        Field<SharingAgreementGraphType>("agreement").Description("The information-sharing agreement of the register the basis cites, if any.")
            .ResolveAsync(async c => c.Source.AgreementId is { } id
                ? await c.RequestServices!.GetRequiredService<PlatformDbContext>().SharingAgreements.FindAsync([id], c.CancellationToken) : null);
    }

    private static string? ReasonFor(IResolveFieldContext<SharingBasisRecord> c)
    {
        var module = c.RequestServices!.GetRequiredService<ModuleCatalog>().Find(c.Source.Module);
        return c.User!.IsMemberOf(module?.WorkingGroup ?? c.Source.Module) || c.User!.IsDataProtectionOfficer() ? c.Source.Reason : null;
    }
}
