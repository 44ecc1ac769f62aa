using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11SelfAssessmentGraphType : RecordGraphType<Section11SelfAssessment>
{
    public Section11SelfAssessmentGraphType() : base("Section11SelfAssessment", null, x => x.PartnerId, x => x.Ratings)
    {
        IdentifiedAsNode();
        this.PartnerField("partner", x => x.PartnerId).Description("The agency that assessed itself.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11RatingGraphType>>>>("ratings").Description("The agency's rating of each standard.")
            .Resolve(c => c.Source.Ratings.OrderBy(r => r.Standard).ToList());
    }
}
