using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa;

/// <summary>What the CSA module holds about one child.</summary>
public sealed record CsaSubjectView(Chronology Chronology, IReadOnlyList<HsbIncident> HarmfulSexualBehaviour, IReadOnlyList<SupportReferral> SupportReferrals,
    IReadOnlyList<SexualAbusePlan> ChildProtectionPlans);
