using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// One spelling of a year and a quarter across the API: every module's year is a FinancialYear ("2023/24") and every
/// quarter a FinancialQuarter ("2023/24 Q1"). The spellings modules took before are read as the same period for a
/// release; a period nobody could mean is refused by its type, in words, before anything runs.
/// </summary>
public sealed class FinancialPeriodScalarTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

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
}
