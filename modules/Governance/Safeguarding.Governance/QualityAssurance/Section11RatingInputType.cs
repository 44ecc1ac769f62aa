using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingInputType : InputObjectGraphType<Section11RatingInput>
{
    public Section11RatingInputType()
    {
        Name = "Section11RatingInput";
        Field(x => x.Standard).Description("A standard's code, S11.1 to S11.8.");
        Field<NonNullGraphType<EnumerationGraphType<Section11Rating>>>("rating");
        Field(x => x.Action, nullable: true).Description("Required when the standard is not fully met.");
    }
}
