using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Paging;

/// <summary>
/// Every list that became a cursor connection refuses, with VALIDATION naming the argument, a page size outside 1 to
/// 500, paging both ways at once, and a cursor it did not give. And a page is costed at the rows it asks for, whichever
/// way it pages: the one rule the page is read by.
/// </summary>
public sealed class ConnectionRefusalTests(ConnectionRefusalTests.Host host) : IClassFixture<ConnectionRefusalTests.Host>
{
    /// <summary>One host for every list; a notice is held, so that a cursor of another list can be had.</summary>
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public string? CursorOfAnotherList { get; set; }
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host = host.Partnership;

    private static readonly string AChild = Guid.NewGuid().ToString();

    /// <summary>Each list, someone who may read it, and the arguments it needs.</summary>
    public static TheoryData<string, string, string> Connections => new()
    {
        { "maracReferrals", "dana.domesticabuse", "" },
        { "overdueEncompassNotifications", "dana.domesticabuse", "" },
        { "schoolHolidayPeriods", "dana.domesticabuse", "" },
        { "neglectAssessments", "nina.neglect", $"subjectId: \"{AChild}\"" },
        { "neglectAssessmentList", "nina.neglect", "" },
        { "neglectChildProtectionPlans", "nina.neglect", $"subjectId: \"{AChild}\"" },
        { "meetings", "gina.governance", "" },
        { "trainingSessions", "gina.governance", "" },
        { "trainingReflections", "gina.governance", "" },
        { "trainingReflectionsDue", "gina.governance", "" },
        { "partnershipActions", "gina.governance", "" },
        { "overdueActions", "gina.governance", "" },
        { "learningReviews", "gina.governance", "" },
        { "rapidReviewsAtRisk", "gina.governance", "" },
        { "overdueReviewActions", "gina.governance", "" },
        { "professionalDisagreements", "gina.governance", "" },
        { "overdueEscalationStages", "gina.governance", "" },
        { "caseAudits", "gina.governance", "" },
        { "youngSafeguardersReviews", "gina.governance", "" },
        { "improvementPlans", "gina.governance", "" },
        { "adultsOfConcern", "adam.adolescents", "" },
        { "adolescentLocations", "adam.adolescents", "" },
        { "overdueReturnHomeInterviews", "adam.adolescents", "" },
        { "csaOpenFlags", "carla.csa", "" },
        { "csaUnmetReferrals", "carla.csa", "" },
        { "csaAwarenessActivities", "carla.csa", "" },
        { "dataReturns", "alex.admin", "" },
        { "scrutinyRecommendations", "sam.scrutineer", "" },
        { "moduleToggles", "alex.admin", "" },
    };

    /// <summary>A cursor the protection notices gave (one notice is recorded the first time): no other list is in their order.</summary>
    private async Task<string> CursorOfAnotherListAsync()
    {
        if (host.CursorOfAnotherList is { } cursor) return cursor;
        var dana = _host.As("dana.domesticabuse");
        var child = (await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Cursor Example", dateOfBirth = "2016-02-03", nhsNumber = TestNhsNumbers.Next() } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome } }", new { i = new
        {
            policeReference = "PPN-CURSOR-1", incidentAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"), locationArea = "Devonport",
            children = new[] { child }, adults = Array.Empty<object>(),
        } })).AssertOk();
        return host.CursorOfAnotherList = (await dana.SendAsync("{ protectionNotices(first: 1) { pageInfo { endCursor } } }")).AssertOk()
            .Data!["protectionNotices"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
    }

    [Theory]
    [MemberData(nameof(Connections))]
    public async Task Sizes_out_of_range_both_ways_at_once_and_cursors_it_did_not_give_are_refused(string field, string user, string arguments)
    {
        var client = _host.As(user);
        var foreign = await CursorOfAnotherListAsync();
        async Task RefusedAsync(string paging, string problem)
        {
            var all = string.Join(", ", new[] { arguments, paging }.Where(a => a.Length > 0));
            var refused = (paging.Contains("$c", StringComparison.Ordinal)
                ? await client.SendAsync($"query($c: String) {{ {field}({all}) {{ totalCount }} }}", new { c = foreign })
                : await client.SendAsync($"{{ {field}({all}) {{ totalCount }} }}")).AssertError("VALIDATION");
            Assert.Equal(problem, refused.Errors![0]!["extensions"]!["problems"]![0]!["field"]!.GetValue<string>());
        }

        await RefusedAsync("first: 0", "first");
        await RefusedAsync("first: 501", "first");
        await RefusedAsync("last: 0", "last");
        await RefusedAsync("first: 5, last: 5", "last");
        await RefusedAsync("first: 5, after: $c", "after");
        await RefusedAsync("last: 5, before: $c", "before");
        await RefusedAsync("first: 5, after: \"not-a-cursor\"", "after");
        (await client.SendAsync($"{{ {field}{(arguments.Length > 0 ? $"({arguments}, first: 500)" : "(first: 500)")} {{ totalCount }} }}")).AssertOk();
    }

    [Fact]
    public async Task A_page_is_costed_at_the_rows_it_asks_for_forward_or_backward()
    {
        // Sixty fields a record: a page of five costs about 300, a page of a hundred (the default) about 6,100 of the 5,000 allowed.
        var fields = "nodes { " + string.Join(" ", Enumerable.Range(1, 60).Select(i => $"f{i}: action")) + " }";
        var alex = _host.As("alex.admin");
        (await alex.SendAsync($"{{ auditLog(last: 5) {{ {fields} }} }}")).AssertOk();
        (await alex.SendAsync($"{{ auditLog(first: 5) {{ {fields} }} }}")).AssertOk();
        (await alex.SendAsync($"{{ auditLog {{ {fields} }} }}")).AssertError("COMPLEXITY");
        (await alex.SendAsync($"{{ auditLog(first: 100) {{ {fields} }} }}")).AssertError("COMPLEXITY");
        (await alex.SendAsync($"{{ auditLog(last: 100) {{ {fields} }} }}")).AssertError("COMPLEXITY");
        // Through variables too, as clients send them.
        (await alex.SendAsync($"query($n: Int) {{ auditLog(last: $n) {{ {fields} }} }}", new { n = 5 })).AssertOk();
        (await alex.SendAsync($"query($n: Int) {{ auditLog(last: $n) {{ {fields} }} }}", new { n = 100 })).AssertError("COMPLEXITY");
    }
}
