using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// The host's check of every field's arguments before its resolver: dates the partnership does not record and texts
/// past the ceiling are refused as VALIDATION naming each value, inside input objects and lists, after the module
/// gate, with nothing written; a batch that reports its items one by one checks them itself.
/// </summary>
public sealed class ArgumentRangeTests : IClassFixture<ArgumentRangeTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private const string SavePlan = "mutation($i: SaveAdolescentSafetyPlanInput!) { saveAdolescentSafetyPlan(input: $i) { id } }";
    private const string RecordMany = "mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored rejected results(notStoredOnly: true) { index outcome problems { field message } } } }";

    private readonly PartnershipHost _host;
    public ArgumentRangeTests(Host host) => _host = host.Partnership;

    /// <summary>The safety plans' tables and the outbox (the rest of the database may still be taking in the demo data's events).</summary>
    private Task<string> PlansFingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<AdolescentsDbContext>();
        return $"{await db.SafetyPlans.CountAsync()}|{await db.SafetyPlanRisks.CountAsync()}|{await db.SafetyPlanActions.CountAsync()}|{await db.Outbox.CountAsync()}";
    });

    private static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    private static object Plan(string reviewOn, string secondDueOn, string? risk = "Goes missing at night") => new
    {
        subjectId = Guid.NewGuid().ToString(), reviewOn,
        risks = new[] { new { description = risk, level = "HIGH" } },
        actions = new[] { new { action = "Call home", ownerAgency = "Devon and Cornwall Police", dueOn = Today(7) }, new { action = "Visit", ownerAgency = "Devon and Cornwall Police", dueOn = secondDueOn } },
    };

    [Fact]
    public async Task Dates_outside_the_recorded_range_are_refused_by_name_inside_input_objects_and_lists_and_nothing_is_written()
    {
        var before = await PlansFingerprintAsync();
        var response = (await _host.As("adam.adolescents").SendAsync(SavePlan, new { i = Plan("0001-01-01", "9999-12-31") })).AssertError(ErrorCodes.Validation);

        var problems = response.Errors![0]!["extensions"]!["problems"]!.AsArray().ToDictionary(p => p!["field"]!.GetValue<string>(), p => p!["message"]!.GetValue<string>());
        Assert.Equal(["reviewOn", "actions[1].dueOn"], problems.Keys.ToList());
        Assert.Equal("31 December 9999 is outside the dates the partnership records (1 January 1900 to 31 December 2199).", problems["actions[1].dueOn"]);
        Assert.Equal(before, await PlansFingerprintAsync());
    }

    [Fact]
    public async Task A_caller_who_may_not_reach_the_field_is_told_so_before_anything_about_its_arguments()
    {
        (await _host.As("nina.neglect").SendAsync(SavePlan, new { i = Plan("0001-01-01", "9999-12-31") })).AssertError(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_text_past_the_ceiling_is_refused_by_its_length_and_not_repeated_back()
    {
        var risk = new string('x', InputCheck.TextCeiling + 1);
        var response = (await _host.As("adam.adolescents").SendAsync(SavePlan, new { i = Plan(Today(7), Today(14), risk) })).AssertError(ErrorCodes.Validation);
        var problem = response.Errors![0]!["extensions"]!["problems"]![0]!;
        Assert.Equal("risks[0].description", problem["field"]!.GetValue<string>());
        Assert.Equal("This text is 10,001 characters long; the partnership records no text longer than 10,000 characters.", problem["message"]!.GetValue<string>());
        Assert.DoesNotContain(risk, response.Body!.ToJsonString());
    }

    [Fact]
    public async Task Dates_at_the_ends_of_the_recorded_range_reach_the_field_and_its_own_rules()
    {
        // 2199 is recorded, so the field's own rule answers: a review more than a year ahead.
        var response = (await _host.As("adam.adolescents").SendAsync(SavePlan, new { i = Plan("2199-12-31", Today(14)) })).AssertError(ErrorCodes.Validation);
        Assert.Contains(response.Errors![0]!["extensions"]!["problems"]!.AsArray(),
            p => p!["field"]!.GetValue<string>() == "reviewOn" && p["message"]!.GetValue<string>() == "The review date must be within a year.");
        // From 1900 to 2199 is recorded too: the field's own rule refuses a period that long.
        (await _host.As("sam.scrutineer").SendAsync("{ returnHomeInterviewFigures(from: \"1900-01-01\", to: \"2199-12-31\") { __typename } }")).AssertError(ErrorCodes.Validation);
    }

    [Fact]
    public async Task A_batch_checks_each_notice_itself_so_one_with_an_unrecordable_date_does_not_fail_the_others()
    {
        var dana = _host.As("dana.domesticabuse");
        var child = (await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "DomesticAbuse", name = "Limits Child", dateOfBirth = "2016-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        object Notice(string reference, string bornOn) => new
        {
            policeReference = reference, incidentAt = DateTimeOffset.UtcNow.AddHours(-30).ToString("O"), locationArea = "Devonport", children = new[] { child },
            adults = new[] { new { role = "VICTIM", personReference = "P-" + reference, name = "Example Adult", dateOfBirth = bornOn } },
        };

        var batch = (await dana.SendAsync(RecordMany, new { n = new[] { Notice("PPN-LIMITS-1", "1980-05-06"), Notice("PPN-LIMITS-2", "0001-01-01") } }))
            .AssertOk().Data!["recordProtectionNotices"]!;
        Assert.Equal(1, batch["stored"]!.GetValue<int>());
        var rejected = Assert.Single(batch["results"]!.AsArray());
        Assert.Equal(1, rejected!["index"]!.GetValue<int>());
        Assert.Equal("adults[0].dateOfBirth", rejected["problems"]![0]!["field"]!.GetValue<string>());
    }
}
