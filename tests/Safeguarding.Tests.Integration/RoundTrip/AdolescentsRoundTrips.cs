using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.RoundTrip;

/// <summary>
/// Every kind of record the Adolescents module's mutations write, written with marked text and read back through the
/// queries the working group uses. A new text input on an Adolescents mutation needs a write here.
/// </summary>
public static class AdolescentsRoundTrips
{
    private const string Adam = "adam.adolescents";

    public static IEnumerable<RoundTripCase> All =>
    [
        new("adults of concern and locations", AdultsAndLocationsAsync),
        new("missing episodes, returns and exploitation concerns", IntelligenceAsync),
        new("briefing responses and their outcomes", BriefingAsync),
        new("safety plans: every version's risks and actions", SafetyPlanAsync),
    ];

    private static string Ago(TimeSpan span) => (DateTimeOffset.UtcNow - span).ToString("O");

    /// <summary>A young person registered in the subject registry (a platform write, not under test here).</summary>
    public static async Task<string> RegisterAsync(PartnershipHost host) =>
        (await host.As(Adam).SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Adolescents", name = "Example Young Person", dateOfBirth = "2009-02-03" } }))
        .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    /// <summary>The module's copy of the partnership's agencies arrives by event; agencies are refused until it has.</summary>
    public static Task WaitForPartnersAsync(PartnershipHost host) =>
        PartnershipHost.EventuallyAsync("Governance's partners to reach the Adolescents module (is NSPCC there)", () => host.ScopedAsync(sp =>
            sp.GetRequiredService<AdolescentsDbContext>().Partners.AnyAsync(x => x.Name == "NSPCC")), there => there);

    private static async Task AdultsAndLocationsAsync(RoundTripProbe p)
    {
        await p.WriteAsync(Adam, "recordAdultOfConcern", new { input = new { name = p.Text("Example Adult"), knownAs = p.Text("Example"), notes = p.Text("Seen near the station") } });
        // With a date of birth who the adult is goes to the registry, and is read back through it.
        await p.WriteAsync(Adam, "recordAdultOfConcern", new
        {
            input = new { name = p.Text("Registered Adult"), knownAs = p.Text("Reg"), notes = p.Text("Drives a blue van"), dateOfBirth = "1985-05-05", policePersonReference = p.Text("PNC/85/R") },
        });
        var byName = await p.WriteAsync(Adam, "recordAdultOfConcern", new { input = new { name = p.Text("Identified Adult") } }, "{ id }");
        await p.WriteAsync(Adam, "identifyAdultOfConcern", new { input = new { adultId = byName!["id"]!.GetValue<string>(), dateOfBirth = "1986-06-06", policePersonReference = p.Text("PNC/86/I") } });
        await p.WriteAsync(Adam, "recordAdolescentLocation", new { name = p.Text("Example Park"), kind = p.Text("park") });
        await p.ReadAsync(Adam, "{ adultsOfConcern { nodes { details(purpose: \"Checking the record reads back\") { name knownAs notes policePersonReference } } } }");
        await p.ReadAsync(Adam, "{ adolescentLocations { nodes { name kind } } }");
    }

    private static async Task IntelligenceAsync(RoundTripProbe p)
    {
        var subject = await RegisterAsync(p.Host);
        await p.WriteAsync(Adam, "recordMissingEpisode",
            new { input = new { subjectId = subject, wentMissingAt = Ago(TimeSpan.FromHours(30)), returnedAt = Ago(TimeSpan.FromHours(28)), whereFound = p.Text("At a friend's house") } });
        var open = await p.WriteAsync(Adam, "recordMissingEpisode", new { input = new { subjectId = subject, wentMissingAt = Ago(TimeSpan.FromHours(5)) } }, "{ id }");
        await p.WriteAsync(Adam, "recordYoungPersonReturn",
            new { input = new { episodeId = open!["id"]!.GetValue<string>(), returnedAt = Ago(TimeSpan.FromHours(1)), whereFound = p.Text("Bus station") } });
        await p.WriteAsync(Adam, "recordExploitationConcern", new
        {
            input = new
            {
                subjectId = subject, kind = "CRIMINAL", countyLines = true, reportedOn = GovernanceRoundTrips.Day(0),
                indicators = new[] { p.Text("Unexplained money"), p.Text("Travelling out of area") }, summary = p.Text("Seen with older youths"),
            },
        });
        await p.ReadAsync(Adam, "query($id: ID!) { subject(id: $id) { adolescents { missingEpisodes { whereFound } exploitationConcerns { indicators summary } } } }",
            new { id = subject });
    }

    private static async Task BriefingAsync(RoundTripProbe p)
    {
        await WaitForPartnersAsync(p.Host);
        var subject = await RegisterAsync(p.Host);
        await p.WriteAsync(Adam, "recordMissingEpisode", new { input = new { subjectId = subject, wentMissingAt = Ago(TimeSpan.FromMinutes(20)) } });
        var today = GovernanceRoundTrips.Day(0);
        var briefing = await p.WriteAsync(Adam, "publishDailyIntelligenceBriefing", new { date = today }, "{ entries { id subjectId } }");
        var entry = briefing!["entries"]!.AsArray().First(e => e!["subjectId"]!.GetValue<string>() == subject)!["id"]!.GetValue<string>();
        var response = await p.WriteAsync(Adam, "agreeBriefingResponse", new
        {
            input = new { entryId = entry, action = p.Text("Police and youth service visit"), owningAgencies = new[] { "NSPCC" }, dueAt = DateTimeOffset.UtcNow.AddHours(3).ToString("O") },
        }, "{ id }");
        await p.WriteAsync(Adam, "completeBriefingResponse", new { responseId = response!["id"]!.GetValue<string>(), outcome = p.Text("Found safe and spoken with") });
        await p.ReadAsync(Adam, "query($d: DateOnly!) { dailyIntelligenceBriefing(date: $d) { entries { response { action outcome } } } }", new { d = today });
    }

    private static async Task SafetyPlanAsync(RoundTripProbe p)
    {
        await WaitForPartnersAsync(p.Host);
        var subject = await RegisterAsync(p.Host);
        foreach (var review in new[] { 28, 56 })
            await p.WriteAsync(Adam, "saveAdolescentSafetyPlan", new
            {
                input = new
                {
                    subjectId = subject, reviewOn = GovernanceRoundTrips.Day(review),
                    risks = new[] { new { description = p.Text("Criminal exploitation"), level = "HIGH" } },
                    actions = new[] { new { action = p.Text("Weekly mentoring"), ownerAgency = "NSPCC", dueOn = GovernanceRoundTrips.Day(14) } },
                },
            });
        await p.ReadAsync(Adam, "query($id: ID!) { subject(id: $id) { adolescents { safetyPlan { history { risks { description } actions { action } } } } } }",
            new { id = subject });
    }
}
