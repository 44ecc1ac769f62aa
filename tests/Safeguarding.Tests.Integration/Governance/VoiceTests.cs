using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>The Young Safeguarders' quarterly scorecard reviews and the tracking of their recommendations.</summary>
public sealed class VoiceTests : IClassFixture<VoiceTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public VoiceTests(Host host) => _host = host.Partnership;

    private const string Record = "mutation($i: RecordYoungSafeguardersReviewInput!) { recordYoungSafeguardersReview(input: $i) { id recommendations { id status } } }";
    private const string Respond = "mutation($id: ID!, $s: RecommendationStatus!, $r: String!) { respondToYoungSafeguardersRecommendation(recommendationId: $id, status: $s, response: $r) { id status } }";

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        return string.Join("|", await db.ScorecardReviews.CountAsync(),
            string.Join(",", await db.VoiceRecommendations.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id + ":" + r.Status).ToListAsync()));
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code) =>
        _host.AssertRejectedAsync(FingerprintAsync, "gina.governance", mutation, variables, code);

    [Fact]
    public async Task A_quarterly_review_records_recommendations_that_are_tracked_to_a_response()
    {
        var gina = _host.As("gina.governance");
        var review = (await gina.SendAsync(Record, new { i = new { quarter = "2023/24 Q2", reviewedOn = "2023-10-12", summary = "Reviewed the scorecard.", recommendations = new[] { "Show vaping data by school", "Explain GCP2 in plain words" } } }))
            .AssertOk().Data!["recordYoungSafeguardersReview"]!;
        var recs = review["recommendations"]!.AsArray();
        Assert.All(recs, r => Assert.Equal("OPEN", r!["status"]!.GetValue<string>()));
        var id = recs[0]!["id"]!.GetValue<string>();
        (await gina.SendAsync(Respond, new { id, s = "DONE", r = "Added to the Q3 scorecard." })).AssertOk();
        await AssertRejectedAsync(Respond, new { id, s = "ACCEPTED", r = "again" }, "CONFLICT");
        await AssertRejectedAsync(Respond, new { id = recs[1]!["id"]!.GetValue<string>(), s = "OPEN", r = "x" }, "VALIDATION");
        await AssertRejectedAsync(Record, new { i = new { quarter = "2023/24 Q2", reviewedOn = "2023-10-12", summary = "dup", recommendations = Array.Empty<string>() } }, "CONFLICT");
        await AssertRejectedAsync(Record, new { i = new { quarter = "2023/24 Q9", reviewedOn = "2023-10-12", summary = "x", recommendations = Array.Empty<string>() } }, "INVALID_VALUE");
        await AssertRejectedAsync(Record, new { i = new { quarter = "2023/24 Q2 ", reviewedOn = "2023-10-12", summary = "x", recommendations = Array.Empty<string>() } }, "CONFLICT"); // the same quarter: no second 2023/24 Q2
        var listed = (await _host.As("sam.scrutineer").SendAsync("{ youngSafeguardersReviews { nodes { quarter recommendations { status } } } }")).AssertOk();
        Assert.Contains(listed.Data!["youngSafeguardersReviews"]!["nodes"]!.AsArray(), r => r!["quarter"]!.GetValue<string>() == "2023/24 Q2");
    }
}
