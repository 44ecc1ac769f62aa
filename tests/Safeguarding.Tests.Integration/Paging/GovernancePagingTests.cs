using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// Every Governance list that grows with the partnership's work, walked to its end in pages while records are written:
/// meetings, training sessions and reflections, actions, learning reviews, disagreements, audits, the Young
/// Safeguarders' reviews, improvement plans, and the queues drawn from them. Each record once, in the list's order.
/// </summary>
public sealed class GovernancePagingTests(GovernancePagingTests.Host host) : IClassFixture<GovernancePagingTests.Host>
{
    /// <summary>One host for the class: each test counts the rows of its own list before and after its walk.</summary>
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host = host.Partnership;
    private GraphQLClient Gina => _host.As("gina.governance");
    private int _written;

    private static string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");
    private static string Id(JsonNode n) => n["id"]!.GetValue<string>();
    private string Unique(string what) => $"{what} {Interlocked.Increment(ref _written)}";

    private async Task<string> IdOfAsync(string query, string field, string name) =>
        (await Gina.SendAsync(query)).AssertOk().Data![field]!.AsArray().First(x => x!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    private Task<string> BodyAsync(string name = "Practice Improvement and Development Group") => IdOfAsync("{ partnershipBodies { id name } }", "partnershipBodies", name);
    private Task<string> PartnerAsync(string name) => IdOfAsync("{ partners { id name } }", "partners", name);

    private async Task<string> WriteAsync(string mutation, string inputType, object input) =>
        (await Gina.SendAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ id }} }}", new { i = input })).AssertOk().Data![mutation]!["id"]!.GetValue<string>();

    [Fact]
    public async Task Meetings_are_walked_newest_first_each_once()
    {
        var body = await BodyAsync();
        Task MeetAsync(int daysAgo) => WriteAsync("recordMeeting", "RecordMeetingInput", new { bodyId = body, heldOn = Day(-daysAgo), summary = Unique("Paging meeting"), decisions = new[] { "Noted" } });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await MeetAsync(days);

        var list = await new ConnectionWalk(Gina, "meetings", "id heldOn", Id, "bodyId: $b", "$b: ID", new { b = body })
            .AssertWalkAsync(2, async () => { await MeetAsync(5); await MeetAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["heldOn"]!.GetValue<string>(), newestFirst: true);
    }

    [Fact]
    public async Task Training_sessions_their_reflections_and_those_due_are_walked_each_once()
    {
        var nspcc = await PartnerAsync("NSPCC");
        var course = Unique("Paging course");
        Task<string> SessionAsync(int daysAgo, string? title = null) => WriteAsync("addTrainingSession", "AddTrainingSessionInput",
            new { course = title ?? course, heldOn = Day(-daysAgo), attendance = new[] { new { partnerId = nspcc, attendees = 5 } } });
        foreach (var days in new[] { 200, 100, 150, 100, 250, 150, 200 }) await SessionAsync(days);
        var sessions = await new ConnectionWalk(Gina, "trainingSessions", "id heldOn", Id, "course: $c", "$c: String", new { c = course })
            .AssertWalkAsync(2, async () => { await SessionAsync(20); await SessionAsync(300); }, added: 2);
        ConnectionWalk.AssertOrdered(sessions, n => n["heldOn"]!.GetValue<string>(), newestFirst: true);

        // Those held three months ago or more whose reflections were not asked for: the earliest held first.
        var due = new ConnectionWalk(Gina, "trainingReflectionsDue", "id heldOn", Id, "asOf: $on", "$on: DateOnly", new { on = Day(0) });
        var queue = await due.AssertWalkAsync(3, async () => { await SessionAsync(400, Unique("Paging course")); await SessionAsync(95, Unique("Paging course")); await SessionAsync(10, Unique("Paging course")); }, added: 2);
        ConnectionWalk.AssertOrdered(queue, n => n["heldOn"]!.GetValue<string>(), newestFirst: false);

        var session = await SessionAsync(60);
        Task ReflectAsync(int daysAgo) => WriteAsync("recordTrainingReflection", "RecordTrainingReflectionInput",
            new { sessionId = session, partnerId = nspcc, role = "Family support worker", text = Unique("I now ask who else lives at home."), writtenOn = Day(-daysAgo) });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await ReflectAsync(days);
        var reflections = await new ConnectionWalk(Gina, "trainingReflections", "id writtenOn", Id, "sessionId: $s", "$s: ID", new { s = session })
            .AssertWalkAsync(2, async () => { await ReflectAsync(5); await ReflectAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(reflections, n => n["writtenOn"]!.GetValue<string>(), newestFirst: true);
    }

    [Fact]
    public async Task Actions_and_overdue_actions_are_walked_earliest_due_first_each_once()
    {
        var (body, owner) = (await BodyAsync("Quality Assurance Delivery Group"), await PartnerAsync("Plymouth City Council"));
        Task ActAsync(int dueInDays) => WriteAsync("createAction", "CreateActionInput", new { bodyId = body, ownerPartnerId = owner, title = Unique("Paging action"), dueDate = Day(dueInDays) });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await ActAsync(days);

        var list = await new ConnectionWalk(Gina, "partnershipActions", "id dueDate", Id, "bodyId: $b", "$b: ID", new { b = body })
            .AssertWalkAsync(2, async () => { await ActAsync(5); await ActAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(list, n => n["dueDate"]!.GetValue<string>(), newestFirst: false);

        // Seen from a day after every due date, each open action is overdue.
        var overdue = await new ConnectionWalk(Gina, "overdueActions", "id dueDate", Id, "asOf: $on", "$on: DateOnly", new { on = Day(400) })
            .AssertWalkAsync(3, async () => { await ActAsync(1); await ActAsync(300); }, added: 2);
        ConnectionWalk.AssertOrdered(overdue, n => n["dueDate"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task Learning_reviews_those_at_risk_and_overdue_review_actions_are_walked_each_once()
    {
        Task<string> OpenAsync(int notifiedDaysAgo) => WriteAsync("openRapidReview", "OpenRapidReviewInput", new { reference = Unique("RR paging"), notifiedOn = Day(-notifiedDaysAgo) });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await OpenAsync(days);

        var reviews = await new ConnectionWalk(Gina, "learningReviews", "id notifiedOn", Id, "kind: RAPID_REVIEW")
            .AssertWalkAsync(2, async () => { await OpenAsync(5); await OpenAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(reviews, n => n["notifiedOn"]!.GetValue<string>(), newestFirst: true);

        // A year on, every undecided Rapid Review is past its deadline: the earliest deadline first.
        var atRisk = await new ConnectionWalk(Gina, "rapidReviewsAtRisk", "id deadlineOn", Id, "asOf: $on", "$on: DateOnly", new { on = Day(365) })
            .AssertWalkAsync(3, async () => { await OpenAsync(60); await OpenAsync(1); }, added: 2);
        ConnectionWalk.AssertOrdered(atRisk, n => n["deadlineOn"]!.GetValue<string>(), newestFirst: false);

        var (review, body) = (Id(reviews[0]), await BodyAsync("Quality Assurance Delivery Group"));
        Task ActAsync(int dueInDays) => WriteAsync("addReviewAction", "AddReviewActionInput",
            new { reviewId = review, title = Unique("Paging review action"), ownerBodyId = body, startsOn = Day(0), dueDate = Day(dueInDays) });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await ActAsync(days);
        var actions = await new ConnectionWalk(Gina, "overdueReviewActions", "id dueDate", Id, "asOf: $on", "$on: DateOnly", new { on = Day(400) })
            .AssertWalkAsync(2, async () => { await ActAsync(5); await ActAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(actions, n => n["dueDate"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task Disagreements_and_overdue_escalation_stages_are_walked_each_once()
    {
        var (nspcc, council) = (await PartnerAsync("NSPCC"), await PartnerAsync("Plymouth City Council"));
        Task RaiseAsync(int daysAgo) => WriteAsync("raiseProfessionalDisagreement", "RaiseProfessionalDisagreementInput",
            new { raisedByPartnerId = nspcc, againstPartnerId = council, summary = Unique("Threshold for a strategy discussion"), raisedOn = Day(-daysAgo) });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await RaiseAsync(days);

        var raised = await new ConnectionWalk(Gina, "professionalDisagreements", "id raisedOn", Id)
            .AssertWalkAsync(2, async () => { await RaiseAsync(5); await RaiseAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(raised, n => n["raisedOn"]!.GetValue<string>(), newestFirst: true);

        var overdue = await new ConnectionWalk(Gina, "overdueEscalationStages", "id stageDueOn", Id, "asOf: $on", "$on: DateOnly", new { on = Day(365) })
            .AssertWalkAsync(3, async () => { await RaiseAsync(1); await RaiseAsync(60); }, added: 2);
        ConnectionWalk.AssertOrdered(overdue, n => n["stageDueOn"]!.GetValue<string>(), newestFirst: false);
    }

    [Fact]
    public async Task Case_audits_reviews_of_the_Young_Safeguarders_and_improvement_plans_are_walked_each_once()
    {
        var (nspcc, council) = (await PartnerAsync("NSPCC"), await PartnerAsync("Plymouth City Council"));
        Task AuditAsync(string quarter) => WriteAsync("createCaseAudit", "CreateCaseAuditInput", new { topic = Unique("Paging audit"), quarter, agencyPartnerIds = new[] { council, nspcc } });
        foreach (var q in new[] { "2030/31 Q3", "2030/31 Q1", "2030/31 Q2", "2030/31 Q1", "2030/31 Q4", "2030/31 Q2", "2030/31 Q3" }) await AuditAsync(q);
        var audits = await new ConnectionWalk(Gina, "caseAudits", "id quarter", Id)
            .AssertWalkAsync(2, async () => { await AuditAsync("2029/30 Q1"); await AuditAsync("2031/32 Q4"); }, added: 2);
        ConnectionWalk.AssertOrdered(audits, n => n["quarter"]!.GetValue<string>(), newestFirst: false);

        var reviewed = 0;
        Task ReviewAsync(int daysAgo) => WriteAsync("recordYoungSafeguardersReview", "RecordYoungSafeguardersReviewInput",
            new { quarter = QuarterLabel(reviewed++), reviewedOn = Day(-daysAgo), summary = Unique("Reviewed the scorecard."), recommendations = new[] { "Keep going" } });
        foreach (var days in new[] { 30, 10, 20, 10, 40, 20, 30 }) await ReviewAsync(days);
        var reviews = await new ConnectionWalk(Gina, "youngSafeguardersReviews", "id reviewedOn", Id)
            .AssertWalkAsync(2, async () => { await ReviewAsync(5); await ReviewAsync(50); }, added: 2);
        ConnectionWalk.AssertOrdered(reviews, n => n["reviewedOn"]!.GetValue<string>(), newestFirst: true);

        Task PlanAsync(string startsOn) => WriteAsync("createImprovementPlan", "CreateImprovementPlanInput",
            new { title = Unique("Paging plan"), ownerPartnerId = council, startsOn, endsOn = "2035-01-01" });
        foreach (var starts in new[] { "2031-03-01", "2031-01-01", "2031-02-01", "2031-01-01", "2031-04-01", "2031-02-01", "2031-03-01" }) await PlanAsync(starts);
        var plans = await new ConnectionWalk(Gina, "improvementPlans", "id startsOn", Id)
            .AssertWalkAsync(2, async () => { await PlanAsync("2030-06-01"); await PlanAsync("2032-01-01"); }, added: 2);
        ConnectionWalk.AssertOrdered(plans, n => n["startsOn"]!.GetValue<string>(), newestFirst: false);
    }

    /// <summary>A quarter of its own for each review (one review a quarter): 2040/41 Q1, Q2, and on.</summary>
    private static string QuarterLabel(int n) => $"20{40 + n / 4}/{41 + n / 4} Q{n % 4 + 1}";
}
