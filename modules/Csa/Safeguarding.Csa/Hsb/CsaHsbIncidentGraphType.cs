using GraphQL.Types;

namespace Safeguarding.Csa.Hsb;

public sealed class CsaHsbIncidentGraphType : ObjectGraphType<HsbIncident>
{
    public CsaHsbIncidentGraphType()
    {
        Name = "CsaHsbIncident";
        Description = "A child's sexual behaviour, graded GREEN, AMBER or RED, with the response taken.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.OccurredOn);
        Field<NonNullGraphType<EnumerationGraphType<HsbGrade>>>("grade").Resolve(c => c.Source.Grade);
        Field(x => x.Behaviour);
        Field(x => x.Response);
        Field(x => x.Agency);
        Field<IdGraphType>("referralId").Resolve(c => c.Source.ReferralId);
    }
}
