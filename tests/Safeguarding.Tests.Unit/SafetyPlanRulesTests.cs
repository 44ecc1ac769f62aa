using Safeguarding.Adolescents.SafetyPlans;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit;

/// <summary>An Adolescent Safety Framework plan keeps every version: a review adds one and changes none.</summary>
public sealed class SafetyPlanRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase) { ["NSPCC"] = "NSPCC", ["Barnardo's"] = "Barnardo's" };

    private static SafetyPlanContent Content(int reviewIn, ProposedRisk[] risks, ProposedAction[] actions) => new(Today.AddDays(reviewIn), risks, actions, Agencies);

    private static readonly SafetyPlanContent First = Content(28,
        [new("Criminal exploitation", RiskLevel.High), new("Missing from home", RiskLevel.Medium)],
        [new("Weekly mentoring", "barnardo's", Today.AddDays(14)), new("Return to education", "NSPCC", Today.AddDays(7))]);

    [Fact]
    public void A_review_adds_the_next_version_and_leaves_the_earlier_one_as_it_was()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), First, Today, Now, "adam", new InputCheck());
        var first = plan.Current;
        Assert.Equal((1, 1), (plan.CurrentVersion, first.Number));
        Assert.Equal(["Return to education", "Weekly mentoring"], first.Actions.Select(a => a.Action));
        Assert.Equal("Barnardo's", first.Actions[1].OwnerAgency); // the partnership's spelling

        var second = plan.Review(Content(56, [new("Criminal exploitation", RiskLevel.Medium)], [new("Weekly mentoring", "NSPCC", Today.AddDays(21))]),
            Today.AddDays(1), Now.AddDays(1), "bea", new InputCheck());
        Assert.Equal((2, 2), (plan.CurrentVersion, second.Number));
        Assert.Same(second, plan.Current);
        Assert.Equal(2, first.Risks.Count);
        Assert.Equal("adam", first.SavedBy);
        Assert.Equal([2, 1], plan.History().Select(r => r.Version.Number));
        Assert.Equal([true, false], plan.History().Select(r => r.IsCurrent));
    }

    [Fact]
    public void Each_version_says_what_it_changed_in_words()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), First, Today, Now, "adam", new InputCheck());
        plan.Current.Actions.Single(a => a.Action == "Return to education").DoneOn = Today;
        plan.Review(Content(56, [new("criminal exploitation ", RiskLevel.Medium), new("Online contact", RiskLevel.High)],
            [new("Weekly mentoring", "NSPCC", Today.AddDays(21)), new("Youth club place", "Barnardo's", Today.AddDays(10))]), Today, Now, "adam", new InputCheck());

        var history = plan.History();
        Assert.Equal(["Plan started with 2 risks and 2 actions; next review 30 March 2026."], history[1].Changes);
        Assert.Equal(
        [
            "Next review moved from 30 March 2026 to 27 April 2026.",
            "Risk added: \"Online contact\" (HIGH).",
            "Risk \"criminal exploitation\" lowered from HIGH to MEDIUM.",
            "Risk removed: \"Missing from home\".",
            "Action added: \"Youth club place\" (Barnardo's, due 12 March 2026).",
            "Action \"Weekly mentoring\" now owned by NSPCC (was Barnardo's).",
            "Action \"Weekly mentoring\" now due 23 March 2026 (was 16 March 2026).",
            "Action removed: \"Return to education\" (done 2 March 2026).",
        ], history[0].Changes);

        plan.Review(Content(56, [new("Online contact", RiskLevel.High), new("Criminal exploitation", RiskLevel.Medium)],
            [new("Youth club place", "barnardo's", Today.AddDays(10)), new("Weekly mentoring", "NSPCC", Today.AddDays(21))]), Today, Now, "adam", new InputCheck());
        Assert.Equal(["Risks and actions unchanged."], plan.History()[0].Changes);
    }

    [Fact]
    public void Every_problem_with_a_review_is_reported_at_once_and_no_version_is_added()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), First, Today, Now, "adam", new InputCheck());
        var check = new InputCheck().Require(false, "subjectId", "The young person's subject id is not a valid id.");
        var refused = Assert.Throws<DomainException>(() => plan.Review(Content(-1, [new(" ", RiskLevel.Low)], [new("Mentoring", "Nobody", Today.AddYears(2))]),
            Today, Now, "adam", check));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal(["subjectId", "reviewOn", "risks[0].description", "actions[0].ownerAgency", "actions[0].dueOn"], refused.Problems.Select(p => p.Field));
        Assert.Equal(1, plan.CurrentVersion);
        Assert.Single(plan.Versions);
    }

    [Fact]
    public void Only_the_current_versions_actions_are_done_and_only_once()
    {
        var plan = SafetyPlan.Start(Guid.NewGuid(), First, Today, Now, "adam", new InputCheck());
        var first = plan.Current;
        plan.Review(First, Today, Now, "adam", new InputCheck());
        var replaced = Assert.Throws<DomainException>(() => plan.CompleteAction(first, first.Actions[0], Today));
        Assert.Equal(ErrorCodes.Conflict, replaced.Code);
        Assert.Null(first.Actions[0].DoneOn);

        var current = plan.Current;
        plan.CompleteAction(current, current.Actions[0], Today);
        Assert.Equal(Today, current.Actions[0].DoneOn);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => plan.CompleteAction(current, current.Actions[0], Today)).Code);
    }
}
