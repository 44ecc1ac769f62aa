using Safeguarding.Adolescents.SafetyPlans;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Adolescents;

/// <summary>A plan's actions are written with their version and marked done only through the plan, once, while current.</summary>
public sealed class SafetyPlanActionRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase) { ["Barnardo's"] = "Barnardo's" };

    private static SafetyPlanContent Content(DateOnly due) =>
        new(Today.AddDays(28), [new(" Criminal exploitation ", RiskLevel.High)], [new(" Weekly mentoring ", "BARNARDO'S", due)], Agencies);

    [Fact]
    public void A_version_writes_its_risks_and_actions_trimmed_in_the_partnerships_spelling_and_not_done()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), Content(Today.AddDays(7)), Today, Now, "adam", new InputCheck());
        var version = plan.Current;
        var risk = Assert.Single(version.Risks);
        var action = Assert.Single(version.Actions);
        Assert.Equal((version.Id, "Criminal exploitation", RiskLevel.High), (risk.VersionId, risk.Description, risk.Level));
        Assert.Equal((version.Id, "Weekly mentoring", "Barnardo's", Today.AddDays(7)), (action.VersionId, action.Action, action.OwnerAgency, action.DueOn));
        Assert.Null(action.DoneOn);
        Assert.NotEqual(Guid.Empty, action.Id);
    }

    [Fact]
    public void An_action_is_done_once_and_a_second_time_is_refused_with_the_day_it_was_done()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), Content(Today.AddDays(7)), Today, Now, "adam", new InputCheck());
        var action = plan.Current.Actions[0];
        plan.CompleteAction(plan.Current, action, Today);
        Assert.Equal(Today, action.DoneOn);

        var again = Assert.Throws<DomainException>(() => plan.CompleteAction(plan.Current, action, Today.AddDays(1)));
        Assert.Equal(ErrorCodes.Conflict, again.Code);
        Assert.Equal("This action was already done, on 2 March 2026.", again.Message);
        Assert.Equal(Today, action.DoneOn);
    }

    [Fact]
    public void An_action_of_a_replaced_version_is_refused_and_names_the_version_in_force()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), Content(Today.AddDays(7)), Today, Now, "adam", new InputCheck());
        var first = plan.Current;
        plan.Review(Content(Today.AddDays(14)), Today, Now, "bea", new InputCheck());

        var refused = Assert.Throws<DomainException>(() => plan.CompleteAction(first, first.Actions[0], Today));
        Assert.Equal(ErrorCodes.Conflict, refused.Code);
        Assert.Equal("This action belongs to version 1 of the plan, which a review has replaced (the plan is at version 2); record it against the current plan.",
            refused.Message);
        Assert.Null(first.Actions[0].DoneOn);
    }
}
