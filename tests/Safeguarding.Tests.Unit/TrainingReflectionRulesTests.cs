using Safeguarding.Governance.ImprovementPlans;
using Safeguarding.Governance.Workforce;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit;

public sealed class TrainingReflectionRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);
    private static readonly TrainingSession Session = new() { Id = Guid.NewGuid(), CourseId = Guid.NewGuid(), HeldOn = new DateOnly(2026, 3, 3) };
    private static readonly Guid Nspcc = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();

    private static TrainingReflection Write(IReadOnlyCollection<Guid?> attending, Guid agency, DateOnly writtenOn, string text = "I ask about fathers now.") =>
        TrainingReflection.Write(Session, attending, agency, "Devon and Cornwall Police", " Social worker ", text, writtenOn, Today, DateTimeOffset.UtcNow, "gina", new InputCheck());

    [Fact]
    public void A_reflection_comes_after_the_session_from_an_agency_that_attended()
    {
        var reflection = Write([Nspcc], Nspcc, Session.HeldOn);
        Assert.Equal(("Social worker", Session.Id), (reflection.Role, reflection.SessionId));

        Assert.Equal("writtenOn", Assert.Throws<DomainException>(() => Write([Nspcc], Nspcc, Session.HeldOn.AddDays(-1))).Problems.Single().Field);
        Assert.Equal("writtenOn", Assert.Throws<DomainException>(() => Write([Nspcc], Nspcc, Today.AddDays(1))).Problems.Single().Field);
        var absent = Assert.Throws<DomainException>(() => Write([Nspcc], Police, Today)).Problems.Single();
        Assert.Equal(("partnerId", "Devon and Cornwall Police did not attend this session: reflections come from those who attended."), (absent.Field, absent.Message));
        // Attendance known only as a total (no agency): any agency may reflect.
        Assert.Equal(Police, Write([null], Police, Today).PartnerId);
        Assert.Equal("text", Assert.Throws<DomainException>(() => Write([], Police, Today, "")).Problems.Single().Field);
    }

    [Fact]
    public void A_milestone_is_open_overdue_or_completed_and_completed_once()
    {
        var milestone = new PlanMilestone { DueDate = Today };
        Assert.Equal(MilestoneStatus.Open, milestone.StatusOn(Today));
        Assert.Equal(MilestoneStatus.Overdue, milestone.StatusOn(Today.AddDays(1)));
        Assert.Equal("completedOn", Assert.Throws<DomainException>(() => milestone.Complete(Today.AddDays(1), Today)).Problems.Single().Field);
        milestone.Complete(Today, Today);
        Assert.Equal(MilestoneStatus.Completed, milestone.StatusOn(Today.AddDays(5)));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => milestone.Complete(Today, Today)).Code);
    }
}
