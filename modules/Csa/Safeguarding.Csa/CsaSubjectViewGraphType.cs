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
        Rows(x => x.HarmfulSexualBehaviour, 3);
        Rows(x => x.SupportReferrals, 3);
        Rows(x => x.ChildProtectionPlans, 2);
    }
}
