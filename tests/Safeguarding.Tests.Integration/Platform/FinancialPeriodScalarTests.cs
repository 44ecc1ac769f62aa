using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// One spelling of a year and a quarter across the API: every module's year is a FinancialYear ("2023/24") and every
/// quarter a FinancialQuarter ("2023/24 Q1"). The spellings modules took before are read as the same period for a
/// release; a period nobody could mean is refused by its type, in words, before anything runs.
/// </summary>
public sealed class FinancialPeriodScalarTests(SharedPartnership shared) : IClassFixture<SharedPartnership>
{
    private readonly PartnershipHost _host = shared.Partnership;

    private const string Recommendations = "query($y: FinancialYear) { scrutinyRecommendations(year: $y, first: 100) { totalCount } }";

    [Theory]
    [InlineData("2023/24")]
    [InlineData("2023-24")]
    [InlineData("2023/2024")]
    [InlineData("2023-2024")]
    public async Task Every_spelling_of_a_year_names_the_same_year_where_one_module_once_matched_nothing(string spelling)
    {
        var sam = _host.As("sam.scrutineer");
        var expected = (await sam.SendAsync(Recommendations, new { y = "2023/24" })).AssertOk().Data!["scrutinyRecommendations"]!["totalCount"]!.GetValue<int>();
        Assert.True(expected > 0, "The demo data holds the scrutineer's 2023/24 recommendations.");
        Assert.Equal(expected, (await sam.SendAsync(Recommendations, new { y = spelling })).AssertOk().Data!["scrutinyRecommendations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_year_or_quarter_nobody_could_mean_is_refused_in_words_as_a_variable_and_as_written_in_the_query()
    {
        var sam = _host.As("sam.scrutineer");
        var asVariable = (await sam.SendAsync(Recommendations, new { y = "2023-2025" })).AssertError("INVALID_VALUE");
        Assert.Contains("\"2023-2025\" is not a financial year: write it like 2024/25", asVariable.FirstMessage);
        Assert.StartsWith("Variable '$y' is invalid.", asVariable.FirstMessage);

        var written = (await sam.SendAsync("{ scorecard(fromQuarter: \"2023/24 Q5\", toQuarter: \"2023/24 Q4\") { measures { name } } }")).AssertError("INVALID_LITERAL");
        Assert.Contains("\"2023/24 Q5\" is not a financial quarter: write it like 2024/25 Q1", written.FirstMessage);
    }

    [Fact]
    public async Task A_quarter_with_the_old_spelling_of_its_year_is_the_same_quarter()
    {
        var sam = _host.As("sam.scrutineer");
        const string Card = "query($f: FinancialQuarter!, $t: FinancialQuarter!) { scorecard(fromQuarter: $f, toQuarter: $t) { measures { name values { quarter value } } } }";
        var canonical = (await sam.SendAsync(Card, new { f = "2023/24 Q1", t = "2023/24 Q4" })).AssertOk().Data!.ToJsonString();
        Assert.Equal(canonical, (await sam.SendAsync(Card, new { f = "2023-24 Q1", t = "2023/2024 Q4" })).AssertOk().Data!.ToJsonString());
    }

    private static readonly string[] PeriodFieldNames = ["year", "financialYear", "quarter", "quarters", "fromQuarter", "toQuarter"];

    [Fact]
    public async Task Every_year_or_quarter_an_answer_holds_is_of_the_period_scalars()
    {
        const string Types = "{ __schema { types { name kind fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }";
        var types = (await _host.As("alex.admin").SendAsync(Types)).AssertOk().Data!["__schema"]!["types"]!.AsArray();
        var periods = new List<string>();
        var text = new List<string>();
        foreach (var type in types.Where(t => t!["kind"]!.GetValue<string>() == "OBJECT" && !t["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal)))
        foreach (var field in type!["fields"]!.AsArray().Where(f => PeriodFieldNames.Contains(f!["name"]!.GetValue<string>())
                                                                      || (type["name"]!.GetValue<string>() == "FundingYear" && f["name"]!.GetValue<string>() == "label")))
        {
            var named = field!["type"]!;
            while (named["name"] is null) named = named["ofType"]!;
            var where = $"{type["name"]}.{field["name"]}: {named["name"]}";
            (named["name"]!.GetValue<string>() == "String" ? text : periods).Add(where);
        }
        Assert.Empty(text);
        Assert.True(periods.Count >= 20, string.Join(", ", periods)); // the walk found the fields it is about
    }

    [Fact]
    public async Task A_year_entered_in_another_spelling_is_answered_in_the_one_spelling()
    {
        // The child sexual abuse workstream's demo figures were entered as "2023-24", the way its reports write a year.
        var answers = (await _host.As("carla.csa").SendAsync("{ csaHospitalSafeguardedCases { year } csaWorkshopTraining { year } }")).AssertOk().Data!;
        var years = answers["csaHospitalSafeguardedCases"]!.AsArray().Concat(answers["csaWorkshopTraining"]!.AsArray()).Select(r => r!["year"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.Matches(@"^20\d\d/\d\d$", y));
    }
}
