using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa;

public sealed class CsaSubjectViewGraphType : ObjectGraphType<CsaSubjectView>
{
    public CsaSubjectViewGraphType()
    {
        Name = "CsaSubjectView";
        Description = "What the CSA working group holds about a child: the signs and indicators chronology with its flags, harmful sexual behaviour, support referrals and sexual abuse child protection plans.";
        Field<NonNullGraphType<CsaChronologyGraphType>>("chronology").Resolve(c => c.Source.Chronology);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHsbIncidentGraphType>>>>("harmfulSexualBehaviour").WithComplexityImpact(1, 3).Resolve(c => c.Source.HsbIncidents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaSupportReferralGraphType>>>>("supportReferrals").WithComplexityImpact(1, 3).Resolve(c => c.Source.SupportReferrals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaSexualAbusePlanGraphType>>>>("childProtectionPlans").WithComplexityImpact(1, 2).Resolve(c => c.Source.ChildProtectionPlans);
    }
}
