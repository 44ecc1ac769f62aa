using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Settings;

namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>What the Domestic Abuse module holds on one child.</summary>
/// <param name="HospitalAlert">The active hospital alert, if any.</param>
/// <param name="Notices">Most recent first.</param>
/// <param name="Setting">The school or early years setting the child attends; null when not known.</param>
public sealed record ChildView(Guid SubjectId, HospitalAlert? HospitalAlert, EducationSetting? Setting, IReadOnlyList<ProtectionNotice> Notices, IReadOnlyList<EncompassNotification> Notifications);
