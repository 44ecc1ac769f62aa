using Safeguarding.Governance.Bodies;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit;

public sealed class MeetingRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly Guid Body = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();

    [Fact]
    public void A_meeting_numbers_its_decisions_in_order_and_keeps_its_attendance()
    {
        var meeting = Meeting.Record(Body, Today, " Scorecard review ", [" Ask police for the data ", "Repeat the audit"],
            [new MeetingAttendee(Police, " Superintendent ")], Today, new InputCheck());
        Assert.Equal("Scorecard review", meeting.Summary);
        Assert.Equal([(1, "Ask police for the data"), (2, "Repeat the audit")], meeting.Decisions.Select(d => (d.Number, d.Text)));
        Assert.Equal([(Police, "Superintendent")], meeting.Attendance.Select(a => (a.PartnerId, a.Role)));
        Assert.Empty(Meeting.Record(Body, Today, "No attendance taken", [], null, Today, new InputCheck()).Attendance);
    }

    [Fact]
    public void Every_problem_with_a_meeting_is_reported_at_once()
    {
        var check = new InputCheck().Require(false, "bodyId", "The body \"x\" is not a valid id.");
        var refused = Assert.Throws<DomainException>(() => Meeting.Record(Body, Today.AddDays(1), "", ["Fine", " "],
            [new MeetingAttendee(Police, "Chair"), new MeetingAttendee(Police, "chair "), new MeetingAttendee(Police, "")], Today, check));
        Assert.Equal(["bodyId", "summary", "heldOn", "decisions[1]", "attendance[2].role", "attendance"], refused.Problems.Select(p => p.Field));
        Assert.Equal("attendance", Assert.Throws<DomainException>(() => Meeting.Record(Body, Today, "x", [], [], Today, new InputCheck())).Problems.Single().Field);
    }
}
