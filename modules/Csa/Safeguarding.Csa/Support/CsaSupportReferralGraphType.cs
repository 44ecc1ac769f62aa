using GraphQL.Types;

namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralGraphType : ObjectGraphType<SupportReferral>
{
    public CsaSupportReferralGraphType()
    {
        Name = "CsaSupportReferral";
        Description = "A child's referral to a support or recovery service.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.Service);
        Field<NonNullGraphType<EnumerationGraphType<SupportKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Commissioned).Description("False when no commissioned service exists for this need: a gap.");
        Field(x => x.ReferredOn);
        Field(x => x.StartedOn, nullable: true);
        Field(x => x.WaitingDays, nullable: true).Description("Days from referral to the start of support, once started.");
        Field(x => x.ReferringAgency);
        Field<IdGraphType>("hsbIncidentId").Resolve(c => c.Source.HsbIncidentId);
    }
}
