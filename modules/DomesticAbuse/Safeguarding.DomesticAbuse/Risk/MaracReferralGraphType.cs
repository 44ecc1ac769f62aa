using GraphQL;
using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class MaracReferralGraphType : ObjectGraphType<MaracReferral>
{
    public MaracReferralGraphType()
    {
        Name = "MaracReferral";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Resolve(c => c.Source.AssessmentId);
        Field(x => x.ReferringAgency);
        Field(x => x.ReferredOn);
        Field(x => x.MeetingOn);
        Field<NonNullGraphType<EnumerationGraphType<HighRiskBasis>>>("basis").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaracActionGraphType>>>>("actions").WithComplexityImpact(1, 5).Resolve(c => c.Source.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Agency));
    }
}
