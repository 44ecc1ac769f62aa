using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.Recommendations;
using Safeguarding.Scrutiny.Returns;

namespace Safeguarding.Scrutiny;

/// <summary>Scrutiny's records a client may fetch again by id (<c>node(id:)</c>), for those who may read the module's list of them.</summary>
internal static class ScrutinyNodeGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Node<RecommendationGraphType, Recommendation>(ScorecardGraph.Readers, services => services.GetRequiredService<ScrutinyDbContext>().Recommendations);
        slice.Node<DataSupplierGraphType, DataSupplier>(Access.Administrator | Access.Scrutineer, services => services.GetRequiredService<ScrutinyDbContext>().DataSuppliers);
    }
}
