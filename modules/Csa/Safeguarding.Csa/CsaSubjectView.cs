using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa;

/// <summary>What the CSA module holds about one child.</summary>
/// <param name="ChildProtectionPlans">The child's child protection plans for sexual abuse.</param>
/// <param name="Chronology">The child's indicators and discussion flags.</param>
/// <param name="HarmfulSexualBehaviour">Harmful sexual behaviour recorded about the child.</param>
/// <param name="SupportReferrals">The child's referrals to support services.</param>
public sealed record CsaSubjectView(Chronology Chronology, IReadOnlyList<HsbIncident> HarmfulSexualBehaviour, IReadOnlyList<SupportReferral> SupportReferrals,
    IReadOnlyList<SexualAbusePlan> ChildProtectionPlans);
