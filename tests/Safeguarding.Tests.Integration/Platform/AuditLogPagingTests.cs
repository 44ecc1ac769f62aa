using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>The audit log is read back to its first record, a page at a time: none is out of the data protection officer's reach.</summary>
public sealed class AuditLogPagingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Page = """
        query($after: String, $action: String) { auditLog(first: 7, after: $after, action: $action) {
          totalCount pageInfo { hasNextPage endCursor } nodes { action actor } } }
        """;

    [Fact]
    public async Task The_data_protection_officer_walks_every_audit_record_newest_first_however_many_there_are()
    {
        // Each registration is audited: 30 of them, more than four pages of seven.
        var dana = _host.As("dana.domesticabuse");
        for (var i = 0; i < 30; i++)
            (await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                new { i = new { module = "DomesticAbuse", name = $"Audit Example{i}", dateOfBirth = "2015-06-07", nhsNumber = TestNhsNumbers.Next() } })).AssertOk();

        var alex = _host.As("dee.dpo");
        var seen = 0;
        string? after = null;
        int? total = null;
        while (true)
        {
            var page = (await alex.SendAsync(Page, new { after, action = "subject.registered" })).AssertOk().Data!["auditLog"]!;
            total ??= page["totalCount"]!.GetValue<int>();
            Assert.All(page["nodes"]!.AsArray(), n => Assert.Equal("dana.domesticabuse", n!["actor"]!.GetValue<string>()));
            seen += page["nodes"]!.AsArray().Count;
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.True(total >= 30, $"{total} registrations audited");
        Assert.Equal(total, seen);

        (await alex.SendAsync(Page, new { after = "bm90LWEtbnVtYmVy" })).AssertError("VALIDATION"); // "not-a-number"
    }
}
