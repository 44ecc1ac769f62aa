using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11SelfAssessmentGraphType : RecordGraphType<Section11SelfAssessment>
{
    public Section11SelfAssessmentGraphType() : base("Section11SelfAssessment", null, x => x.PartnerId, x => x.Ratings)
    {
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11RatingGraphType>>>>("ratings")
            .Resolve(c => c.Source.Ratings.OrderBy(r => r.Standard).ToList());
    }
}
