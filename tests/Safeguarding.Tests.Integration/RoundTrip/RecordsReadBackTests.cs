using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.RoundTrip;

/// <summary>
/// Whatever a mutation lets a practitioner write, a query must let them read back: a record that can be written but
/// not read is lost to the partnership. The text places of the modules' mutations are read from the schema, so a
/// mutation or input field added later is covered without anyone remembering to: until a round-trip case writes it
/// and a query reads it back (or it is listed below as not free text, with the reason), this test fails naming it.
/// </summary>
public sealed class RecordsReadBackTests : IClassFixture<RecordsReadBackTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public RecordsReadBackTests(Host host) => _host = host.Partnership;

    /// <summary>
    /// The modules whose every mutation is held to the rule. Others join as their records are shown to read back: add
    /// the module here and its cases beside <see cref="GovernanceRoundTrips"/>.
    /// </summary>
    public static readonly string[] UnderTheRule = ["Governance", "Adolescents"];

    /// <summary>Text places that are not free text (codes and references, checked against fixed lists), with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotFreeText = new Dictionary<string, string>
    {
        ["recordS175Return(input).setting"] = "the setting is read back only inside the percentages of s175Compliance: which settings made a return " +
                                              "cannot yet be listed (a known gap of the S.175 audit, outside the records made readable here)",
        ["submitSection11SelfAssessment(input).ratings[].standard"] = "a standard's code from the fixed list S11.1 to S11.8",
        ["recordMissingEpisode(input).reportingAgency"] = "names one of the partnership's agencies, stored in the partnership's spelling",
        ["recordCustodyEpisode(input).reportingAgency"] = "names one of the partnership's agencies",
        ["recordExploitationConcern(input).reportingAgency"] = "names one of the partnership's agencies",
        ["offerReturnHomeInterview(input).offeringAgency"] = "names one of the partnership's agencies",
        ["agreeBriefingResponse(input).owningAgencies[]"] = "names the partnership's agencies",
        ["saveAdolescentSafetyPlan(input).actions[].ownerAgency"] = "names one of the partnership's agencies",
    };

    private ISchema Schema => _host.Services.GetRequiredService<ISchema>();

    [Fact]
    public async Task Every_text_a_Governance_or_Adolescents_mutation_writes_is_read_back_by_a_query()
    {
        var places = TextInputs.Of(Schema, UnderTheRule);
        var probe = new RoundTripProbe(_host, Schema);
        var failures = new List<string>();
        foreach (var roundTrip in GovernanceRoundTrips.All.Concat(AdolescentsRoundTrips.All))
        {
            try { await roundTrip.Run(probe); }
            catch (Exception e) { failures.Add($"{roundTrip.Name}: {e.Message}"); }
        }

        failures.AddRange(probe.Unread().Select(u => $"{u.Place}: written (\"{u.Marker}\") but no query read it back."));
        failures.AddRange(places.Except(probe.PlacesWritten).Except(NotFreeText.Keys)
            .Select(place => $"{place}: no round-trip case writes it. Write and read it in RoundTrip/*RoundTrips.cs, or list it in NotFreeText with the reason."));
        failures.AddRange(NotFreeText.Keys.Except(places).Select(place => $"{place}: listed in NotFreeText but no longer a text input; remove it."));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task The_probe_finds_text_written_and_not_read_back()
    {
        var places = TextInputs.Of(Schema, UnderTheRule);
        Assert.Contains("recordMeeting(input).decisions[]", places);
        Assert.Contains("recordAdolescentLocation(name)", places);
        Assert.DoesNotContain("recordMeeting(input).bodyId", places); // an id: a reference, not text

        var probe = new RoundTripProbe(_host, Schema);
        var body = await GovernanceRoundTrips.BodyAsync(probe, "Workforce Development Group");
        var decision = probe.Text("A decision nobody reads");
        await probe.WriteAsync("gina.governance", "recordMeeting",
            new { input = new { bodyId = body, heldOn = GovernanceRoundTrips.Day(-1), summary = "Read back", decisions = new[] { decision } } });
        await probe.ReadAsync("gina.governance", "query($b: ID) { meetings(bodyId: $b) { nodes { summary } } }", new { b = body });

        Assert.Equal([("recordMeeting(input).decisions[]", decision.Split(' ').Last())], probe.Unread());
        Assert.Contains("recordMeeting(input).decisions[]", probe.PlacesWritten);
    }
}
