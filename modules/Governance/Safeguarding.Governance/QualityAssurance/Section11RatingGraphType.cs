using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingGraphType : ObjectGraphType<Section11StandardRating>
{
    public Section11RatingGraphType()
    {
        Name = "Section11StandardRating";
        Field(x => x.Standard);
        Field<NonNullGraphType<StringGraphType>>("heading").Resolve(c => Section11Standards.All.First(s => s.Code == c.Source.Standard).Heading);
        Field<NonNullGraphType<EnumerationGraphType<Section11Rating>>>("rating").Resolve(c => c.Source.Rating);
        Field(x => x.Action, nullable: true);
    }
}
