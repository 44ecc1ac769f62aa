using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Neglect;

public sealed class NeglectAssessmentListTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string List = """
        query($status: AssessmentStatus, $agency: String, $from: DateOnly, $to: DateOnly) {
          neglectAssessmentList(status: $status, agency: $agency, observedFrom: $from, observedTo: $to) { nodes { subjectId status agency observedOn } } }
        """;

    private static string Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    private async Task<string> StartAsync(string user, int observedDaysAgo)
    {
        var subject = (await _host.As(user).SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2019-05-04" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await _host.As(user).SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = subject, templateVersion = 1, observedOn = Day(-observedDaysAgo) } })).AssertOk();
        return subject;
    }

    [Fact]
    public async Task The_working_group_lists_assessments_across_children_filtered_by_stage_agency_and_days_seen()
    {
        var recent = await StartAsync("nina.neglect", 1);    // Livewell Southwest
        var older = await StartAsync("pat.practitioner", 30); // Plymouth City Council

        var all = (await _host.As("nina.neglect").SendAsync(List, new { })).AssertOk().Data!["neglectAssessmentList"]!["nodes"]!.AsArray();
        Assert.Equal([recent, older], all.Select(a => a!["subjectId"]!.GetValue<string>()));

        var byAgency = (await _host.As("nina.neglect").SendAsync(List, new { agency = "livewell" })).AssertOk().Data!["neglectAssessmentList"]!["nodes"]!.AsArray();
        Assert.Equal([recent], byAgency.Select(a => a!["subjectId"]!.GetValue<string>()));

        var byDays = (await _host.As("nina.neglect").SendAsync(List, new { from = Day(-40), to = Day(-20) })).AssertOk().Data!["neglectAssessmentList"]!["nodes"]!.AsArray();
        Assert.Equal([older], byDays.Select(a => a!["subjectId"]!.GetValue<string>()));

        Assert.Empty((await _host.As("nina.neglect").SendAsync(List, new { status = "COMPLETED" })).AssertOk().Data!["neglectAssessmentList"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task The_list_is_for_the_working_group_only_and_checks_its_filters()
    {
        (await _host.As("sam.scrutineer").SendAsync(List, new { })).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync(List, new { })).AssertError("FORBIDDEN");
        var wrong = (await _host.As("nina.neglect").SendAsync(List, new { from = Day(0), to = Day(-1) })).AssertError("VALIDATION");
        Assert.Equal("observedTo", wrong.Errors![0]!["extensions"]!["problems"]![0]!["field"]!.GetValue<string>());
    }
}
