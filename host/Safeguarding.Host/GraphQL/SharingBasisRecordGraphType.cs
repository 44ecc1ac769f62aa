using GraphQL.Resolvers;
using Safeguarding.Host.Platform;

namespace Safeguarding.Host.GraphQL;

public sealed class SharingBasisRecordGraphType : RecordGraphType<SharingBasisRecord>
{
    public SharingBasisRecordGraphType() : base("InformationSharingBasis", "On what basis a module's information about the child is shared.", x => x.SubjectId)
    {
        ShownAs<SharingBasisGraphType>(x => x.Basis);
        Describe(x => x.Reason, "Why consent was overridden (required then). Shown only to the working group of the module that holds the information: " +
                                "it can say what that module knows.")
            .Resolver = new FuncFieldResolver<SharingBasisRecord, string?>(ReasonFor);
    }

    private static string? ReasonFor(IResolveFieldContext<SharingBasisRecord> c)
    {
        var module = c.RequestServices!.GetRequiredService<ModuleCatalog>().Find(c.Source.Module);
        return c.User!.IsMemberOf(module?.WorkingGroup ?? c.Source.Module) ? c.Source.Reason : null;
    }
}
