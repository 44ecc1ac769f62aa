using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class OfferInterviewInputType : InputObjectGraphType<OfferInterviewInput>
{
    public OfferInterviewInputType()
    {
        Name = "OfferReturnHomeInterviewInput";
        Field<NonNullGraphType<IdGraphType>>("episodeId");
        Field(x => x.OfferedAt);
        Field(x => x.OfferingAgency, nullable: true).Description("One of the partnership's agencies; by default your own agency.");
    }
}
