using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa.DemoData;

/// <summary>
/// Demo data from the 2023-24 annual report's review of the child sexual abuse priority: the 19 cases of child sexual
/// abuse safeguarded by University Hospitals Plymouth, and the two pieces of awareness work led by young people. No
/// children, indicators or referrals are seeded, and no workshop reach: the report gives no counts of CSA workshops.
/// </summary>
internal static class CsaSeed
{
    public const string Year = "2023-24";

    public static void Write(CsaDbContext db)
    {
        var hospital = HospitalSafeguardedCases.Record(Year, 19, HospitalSafeguardedCases.DefaultSource);
        db.HospitalCases.Add(hospital);
        db.Publish(hospital.Reported());

        db.AwarenessActivities.Add(AwarenessActivity.Record(Year, "Young person led CSA awareness, peer to peer", "City College Plymouth; NSPCC",
            "Young people developed and tested their own delivery of CSA awareness to their peers.", youngPeopleReached: null));
        db.AwarenessActivities.Add(AwarenessActivity.Record(Year, "EMPOWER quality assurance of healthy relationships education", "Primary and secondary schools",
            "Pupils used the EMPOWER framework to quality assure their healthy relationships education, so that young people's voice shapes its planning and delivery.",
            youngPeopleReached: null));
    }
}
