using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingSessionAttendanceGraphType : RecordGraphType<SessionAttendance>
{
    public TrainingSessionAttendanceGraphType() : base("TrainingSessionAttendance", "How many attended a session from one agency.",
        x => x.Id, x => x.SessionId, x => x.PartnerId)
    {
        this.OptionalPartnerField("agency", x => x.PartnerId).Description("Null where only a total is known (the seeded workshops).");
    }
}
