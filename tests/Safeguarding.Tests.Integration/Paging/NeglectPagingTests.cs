using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// A child's assessment history and plans, and the working group's list of every child's assessments, walked to their
/// end in pages while assessments and plans are recorded: every one once, most recently observed first (plans, the
/// earliest started first).
/// </summary>
public sealed class NeglectPagingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Nina => _host.As("nina.neglect");

    private static string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");
    private static string Id(JsonNode n) => n["id"]!.GetValue<string>();

    private async Task<string> ChildAsync() =>
        (await Nina.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Paging Example", dateOfBirth = "2017-04-05", nhsNumber = TestNhsNumbers.Next() } }))
        .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    private async Task AssessAsync(string child, int observedDaysAgo) =>
        (await Nina.SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = child, templateVersion = 1, observedOn = Day(-observedDaysAgo) } })).AssertOk();

    [Fact]
    public async Task A_childs_assessments_are_walked_most_recently_observed_first_each_once()
    {
        var child = await ChildAsync();
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await AssessAsync(child, days);

        var walk = new ConnectionWalk(Nina, "neglectAssessments", "id observedOn", Id, "subjectId: $s", "$s: ID!", new { s = child });
        var list = await walk.AssertWalkAsync(2, async () => { await AssessAsync(child, 5); await AssessAsync(child, 50); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["observedOn"]!.GetValue<string>(), newestFirst: true);
        Assert.Equal(Day(-5), list[0]["observedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_childs_assessments_are_walked_by_the_working_group_most_recently_observed_first_each_once()
    {
        var (first, second) = (await ChildAsync(), await ChildAsync());
        foreach (var days in new[] { 300, 310, 305, 300, 320, 310, 315 }) await AssessAsync(days % 2 == 0 ? first : second, days);

        var walk = new ConnectionWalk(Nina, "neglectAssessmentList", "id subjectId observedOn", Id, "observedFrom: $from, observedTo: $to",
            "$from: DateOnly, $to: DateOnly", new { from = Day(-330), to = Day(-290) });
        var list = await walk.AssertWalkAsync(3, async () => { await AssessAsync(second, 295); await AssessAsync(first, 325); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["observedOn"]!.GetValue<string>(), newestFirst: true);
        Assert.Equal(new[] { first, second }.Order(), list.Select(n => n["subjectId"]!.GetValue<string>()).Distinct().Order());
    }

    [Fact]
    public async Task A_childs_child_protection_plans_are_walked_earliest_started_first_each_once()
    {
        var child = await ChildAsync();
        async Task PlanAsync(int startedDaysAgo, int endedDaysAgo)
        {
            var plan = (await Nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
                new { i = new { subjectId = child, category = "NEGLECT", startedOn = Day(-startedDaysAgo) } })).AssertOk().Data!["recordChildProtectionPlan"]!["id"]!.GetValue<string>();
            (await Nina.SendAsync("mutation($id: ID!, $on: DateOnly!) { endChildProtectionPlan(planId: $id, endedOn: $on) { id } }",
                new { id = plan, on = Day(-endedDaysAgo) })).AssertOk();
        }
        foreach (var start in new[] { 700, 600, 500, 400, 300, 200, 100 }) await PlanAsync(start, start - 50);

        var walk = new ConnectionWalk(Nina, "neglectChildProtectionPlans", "id startedOn", Id, "subjectId: $s", "$s: ID!", new { s = child });
        var list = await walk.AssertWalkAsync(2, async () => { await PlanAsync(40, 30); await PlanAsync(20, 10); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["startedOn"]!.GetValue<string>(), newestFirst: false);
    }
}
