using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Workforce development: the seeded Building Support evaluations, 1-5 scores, reflections three months on.</summary>
public sealed class WorkforceTests : IClassFixture<WorkforceTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public WorkforceTests(Host host) => _host = host.Partnership;

    private const string AddSession = "mutation($i: AddTrainingSessionInput!) { addTrainingSession(input: $i) { id heldOn reflectionsDueOn attendees course } }";
    private const string Evaluate = "mutation($i: RecordTrainingEvaluationInput!) { recordTrainingEvaluation(input: $i) }";

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        return string.Join("|", await db.TrainingCourses.CountAsync(), await db.TrainingSessions.CountAsync(), await db.SessionAttendances.CountAsync(),
            await db.EvaluationScores.CountAsync(), await db.TrainingReflections.CountAsync(), await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")) /* sweeps announce in the background */,
            string.Join(",", await db.TrainingSessions.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id + ":" + s.ReflectionsRequestedOn).ToListAsync()));
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string? problemField = null) =>
        _host.AssertRejectedAsync(FingerprintAsync, "gina.governance", mutation, variables, code, problemField);

    private async Task<string> PartnerAsync(string name) =>
        (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    [Fact]
    public async Task The_Building_Support_workshops_reproduce_the_report()
    {
        var courses = (await _host.As("sam.scrutineer").SendAsync("{ trainingCourseEvaluations { course attendees forms questions { question forms average } } }"))
            .AssertOk().Data!["trainingCourseEvaluations"]!.AsArray();
        var building = courses.First(c => c!["course"]!.GetValue<string>().StartsWith("Building Support"))!;
        Assert.Equal(473, building["attendees"]!.GetValue<int>());
        Assert.Equal(228, building["forms"]!.GetValue<int>());
        Assert.Equal([4.17m, 4.37m, 4.32m, 4.41m], building["questions"]!.AsArray().Select(q => q!["average"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task A_session_is_evaluated_and_its_reflections_fall_due_three_months_later()
    {
        var nspcc = await PartnerAsync("NSPCC");
        var gina = _host.As("gina.governance");
        var session = (await gina.SendAsync(AddSession, new { i = new { course = "Professional curiosity", heldOn = "2025-01-31", attendance = new[] { new { partnerId = nspcc, attendees = 12 } } } }))
            .AssertOk().Data!["addTrainingSession"]!;
        Assert.Equal("2025-04-30", session["reflectionsDueOn"]!.GetValue<string>());
        Assert.Equal(12, session["attendees"]!.GetValue<int>());
        var id = session["id"]!.GetValue<string>();
        (await gina.SendAsync(Evaluate, new { i = new { sessionId = id, answers = new[] { new { question = "Quality", score = 5 }, new { question = "Usefulness", score = 4 } } } })).AssertOk();
        (await gina.SendAsync(Evaluate, new { i = new { sessionId = id, answers = new[] { new { question = "Quality", score = 4 } } } })).AssertOk();
        var eval = (await gina.SendAsync("{ trainingCourseEvaluations { course forms questions { question forms average } } }")).AssertOk()
            .Data!["trainingCourseEvaluations"]!.AsArray().First(c => c!["course"]!.GetValue<string>() == "Professional curiosity")!;
        Assert.Equal(4.5m, eval["questions"]!.AsArray().First(q => q!["question"]!.GetValue<string>() == "Quality")!["average"]!.GetValue<decimal>());

        async Task<bool> Due(string asOf) => (await gina.SendAsync($"{{ trainingReflectionsDue(asOf: \"{asOf}\") {{ nodes {{ id }} }} }}")).AssertOk()
            .Data!["trainingReflectionsDue"]!["nodes"]!.AsArray().Any(s => s!["id"]!.GetValue<string>() == id);
        Assert.False(await Due("2025-04-29"));
        Assert.True(await Due("2025-04-30"));
        (await gina.SendAsync("mutation($id: ID!) { markTrainingReflectionsRequested(sessionId: $id, on: \"2025-05-01\") { id } }", new { id })).AssertOk();
        Assert.False(await Due("2025-06-01"));
        Assert.True(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox
            .AnyAsync(m => m.EventType == typeof(Safeguarding.Governance.Contracts.TrainingSessionEvaluated).FullName && m.Payload.Contains(id))));
    }

    [Fact]
    public async Task A_score_of_6_and_other_bad_input_are_rejected_and_nothing_is_written()
    {
        var nspcc = await PartnerAsync("NSPCC");
        var id = (await _host.As("gina.governance").SendAsync(AddSession, new { i = new { course = "Neglect and GCP2", heldOn = "2025-02-03", attendance = new[] { new { partnerId = nspcc, attendees = 3 } } } }))
            .AssertOk().Data!["addTrainingSession"]!["id"]!.GetValue<string>();
        await AssertRejectedAsync(Evaluate, new { i = new { sessionId = id, answers = new[] { new { question = "Quality", score = 5 }, new { question = "Usefulness", score = 6 } } } }, "VALIDATION", "answers[1].score");
        await AssertRejectedAsync(Evaluate, new { i = new { sessionId = id, answers = new[] { new { question = "Quality", score = 0 } } } }, "VALIDATION", "answers[0].score");
        await AssertRejectedAsync(Evaluate, new { i = new { sessionId = id, answers = Array.Empty<object>() } }, "VALIDATION", "answers");
        await AssertRejectedAsync(Evaluate, new { i = new { sessionId = Guid.NewGuid().ToString(), answers = new[] { new { question = "Quality", score = 3 } } } }, "NOT_FOUND");
        await AssertRejectedAsync(AddSession, new { i = new { course = "x", heldOn = "2025-02-03", attendance = new[] { new { partnerId = Guid.NewGuid().ToString(), attendees = 3 } } } }, "NOT_FOUND");
        await AssertRejectedAsync(AddSession, new { i = new { course = "x", heldOn = "2025-02-03", attendance = new[] { new { partnerId = nspcc, attendees = 0 } } } }, "VALIDATION", "attendance[0].attendees");
        await AssertRejectedAsync(AddSession, new { i = new { course = " ", heldOn = "2025-02-03", attendance = new[] { new { partnerId = nspcc, attendees = 1 } } } }, "VALIDATION", "course");
    }

    private const string Reflect = "mutation($i: RecordTrainingReflectionInput!) { recordTrainingReflection(input: $i) { id } }";

    [Fact]
    public async Task What_attendees_wrote_three_months_on_reads_back_to_the_working_group_and_as_counts_to_others()
    {
        var (nspcc, police) = (await PartnerAsync("NSPCC"), await PartnerAsync("Devon and Cornwall Police"));
        var gina = _host.As("gina.governance");
        var session = (await gina.SendAsync(AddSession, new { i = new { course = "Working with fathers", heldOn = "2025-03-03",
            attendance = new[] { new { partnerId = nspcc, attendees = 9 }, new { partnerId = police, attendees = 4 } } } }))
            .AssertOk().Data!["addTrainingSession"]!["id"]!.GetValue<string>();
        (await gina.SendAsync("mutation($id: ID!) { markTrainingReflectionsRequested(sessionId: $id, on: \"2025-06-03\") { id } }", new { id = session })).AssertOk();
        (await gina.SendAsync(Reflect, new { i = new { sessionId = session, partnerId = nspcc, role = "Family support worker",
            text = "I now invite fathers to every review, not only mothers.", writtenOn = "2025-06-10" } })).AssertOk();
        (await gina.SendAsync(Reflect, new { i = new { sessionId = session, partnerId = police, role = "Response officer",
            text = "I record who else lives at the address.", writtenOn = "2025-06-20" } })).AssertOk();

        var reflections = (await gina.SendAsync("query($s: ID) { trainingReflections(sessionId: $s) { nodes { role text writtenOn agency { name } session { course heldOn } } } }",
            new { s = session })).AssertOk().Data!["trainingReflections"]!["nodes"]!.AsArray();
        Assert.Equal([("Response officer", "Devon and Cornwall Police", "2025-06-20"), ("Family support worker", "NSPCC", "2025-06-10")],
            reflections.Select(r => (r!["role"]!.GetValue<string>(), r["agency"]!["name"]!.GetValue<string>(), r["writtenOn"]!.GetValue<string>())));
        Assert.Equal("I now invite fathers to every review, not only mothers.", reflections[1]!["text"]!.GetValue<string>());
        Assert.Equal("Working with fathers", reflections[0]!["session"]!["course"]!.GetValue<string>());

        // The scrutineer sees the sessions, attendance by agency and how many reflected; not what they wrote.
        var sam = _host.As("sam.scrutineer");
        (await sam.SendAsync("query($s: ID) { trainingReflections(sessionId: $s) { nodes { text } } }", new { s = session })).AssertError("FORBIDDEN");
        var listed = (await sam.SendAsync("{ trainingSessions(course: \"Working with fathers\") { nodes { id reflectionsRequestedOn reflectionsReceived attendees attendance { agency { name } attendees } } } }"))
            .AssertOk().Data!["trainingSessions"]!["nodes"]!.AsArray().Single()!;
        Assert.Equal((2, 13, "2025-06-03"), (listed["reflectionsReceived"]!.GetValue<int>(), listed["attendees"]!.GetValue<int>(), listed["reflectionsRequestedOn"]!.GetValue<string>()));
        Assert.Equal([("NSPCC", 9), ("Devon and Cornwall Police", 4)],
            listed["attendance"]!.AsArray().Select(a => (a!["agency"]!["name"]!.GetValue<string>(), a["attendees"]!.GetValue<int>())));

        var first = new { sessionId = session, partnerId = nspcc, role = "Family support worker", text = "Again", writtenOn = "2025-03-02" };
        await AssertRejectedAsync(Reflect, new { i = first }, "VALIDATION", "writtenOn");
        await AssertRejectedAsync(Reflect, new { i = first with { writtenOn = "2025-06-10", text = " " } }, "VALIDATION", "text");
        await AssertRejectedAsync(Reflect, new { i = first with { writtenOn = "2025-06-10", partnerId = await PartnerAsync("Plymouth City Council") } }, "VALIDATION", "partnerId");
        await AssertRejectedAsync(Reflect, new { i = first with { writtenOn = "2025-06-10", sessionId = Guid.NewGuid().ToString() } }, "NOT_FOUND");
        await AssertRejectedAsync(Reflect, new { i = first with { writtenOn = "2025-06-10", text = new string('x', 4001) } }, "VALIDATION", "text");
    }
}
