using Safeguarding.Governance.ImprovementPlans;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>An improvement plan's rules: its dates, its milestones within them, and the completion each milestone announces.</summary>
public sealed class ImprovementPlanRulesTests
{
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly DateOnly Start = new(2025, 4, 1);

    private static ImprovementPlan Plan() => ImprovementPlan.Create(" Corporate Safeguarding Improvement Plan ", Council, Start, new DateOnly(2026, 3, 31), new InputCheck());

    [Fact]
    public void A_plan_ends_after_it_starts_and_runs_five_years_at_most()
    {
        Assert.Equal("Corporate Safeguarding Improvement Plan", Plan().Title);
        Assert.Equal(Start.AddYears(5), ImprovementPlan.Create("Plan", Council, Start, Start.AddYears(5), new InputCheck()).EndsOn);

        var backwards = Assert.Throws<DomainException>(() => ImprovementPlan.Create("Plan", Council, Start, Start, new InputCheck()));
        Assert.Equal(("endsOn", "The plan must end after it starts."), (backwards.Problems.Single().Field, backwards.Problems.Single().Message));
        var tooLong = Assert.Throws<DomainException>(() => ImprovementPlan.Create("Plan", Council, Start, Start.AddYears(5).AddDays(1), new InputCheck()));
        Assert.Equal("A plan runs for five years at most.", tooLong.Problems.Single().Message);

        var check = new InputCheck().Require(false, "ownerPartnerId", "The owner is not a valid id.");
        var both = Assert.Throws<DomainException>(() => ImprovementPlan.Create("", Council, Start, Start, check));
        Assert.Equal(["ownerPartnerId", "title", "endsOn"], both.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_milestone_falls_within_its_plan()
    {
        var plan = Plan();
        var activity = Guid.NewGuid();
        var milestone = plan.AddMilestone(activity, " Re-launch the framework ", new DateOnly(2026, 3, 31), Council, " Fewer repeat referrals ");
        Assert.Equal(("Re-launch the framework", "Fewer repeat referrals", activity), (milestone.Text, milestone.Benefits, milestone.ActivityId));
        Assert.Equal(MilestoneStatus.Open, milestone.StatusOn(new DateOnly(2026, 3, 31)));

        var late = Assert.Throws<DomainException>(() => plan.AddMilestone(activity, "Later", new DateOnly(2026, 4, 1), Council, null));
        Assert.Equal(("dueDate", "The due date must be within the plan (1 Apr 2025 to 31 Mar 2026)."), (late.Problems.Single().Field, late.Message));
        Assert.Equal("dueDate", Assert.Throws<DomainException>(() => plan.AddMilestone(activity, "Early", Start.AddDays(-1), Council, null)).Problems.Single().Field);
        Assert.Equal("text", Assert.Throws<DomainException>(() => plan.AddMilestone(activity, " ", Start, Council, null)).Problems.Single().Field);
    }

    [Fact]
    public void A_completed_milestone_announces_the_day_and_its_plan()
    {
        var plan = Plan();
        var milestone = plan.AddMilestone(Guid.NewGuid(), "Audit", new DateOnly(2025, 9, 30), Council, null);
        milestone.Complete(new DateOnly(2025, 10, 2), new DateOnly(2025, 10, 3));
        var completed = milestone.Completed(plan.Id);
        Assert.Equal((plan.Id, new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 2), Council),
            (completed.PlanId, completed.DueDate, completed.CompletedOn, completed.OwnerPartnerId));
    }

    [Fact]
    public void An_activity_names_its_outcome_its_number_and_what_it_does()
    {
        var refused = Assert.Throws<DomainException>(() => PlanActivity.CheckNew(new InputCheck(), " ", "", "Act", new string('x', 1001)));
        Assert.Equal(["outcome", "number", "support"], refused.Problems.Select(p => p.Field));
    }
}
