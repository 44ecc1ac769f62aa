using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa;

public sealed class CsaSubjectViewGraphType : RecordGraphType<CsaSubjectView>
{
    public CsaSubjectViewGraphType() : base("CsaSubjectView",
        "What the CSA working group holds about a child: the signs and indicators chronology with its flags, harmful sexual behaviour, support referrals and sexual abuse child protection plans.")
    {
        ShownAs<CsaChronologyGraphType>(x => x.Chronology);
        ShownAs<CsaHsbIncidentGraphType>(x => x.HarmfulSexualBehaviour, 3);
        ShownAs<CsaSupportReferralGraphType>(x => x.SupportReferrals, 3);
        ShownAs<CsaSexualAbusePlanGraphType>(x => x.ChildProtectionPlans, 2);
    }
}
