using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.Bodies;

public sealed class MeetingAttendanceGraphType : RecordGraphType<MeetingAttendance>
{
    public MeetingAttendanceGraphType() : base("MeetingAttendance", "A post that attended a meeting, with its agency.",
        x => x.Id, x => x.MeetingId, x => x.PartnerId)
    {
        this.PartnerField("partner", x => x.PartnerId).Description("The agency that attended.");
    }
}
