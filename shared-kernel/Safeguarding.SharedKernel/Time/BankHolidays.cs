using System.Text.Json;

namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// Bank holidays as published (GOV.UK, substitute and one-off days included), for the years the data covers. Data, not
/// rules: extend <c>Time/bank-holidays-england-and-wales.json</c> and raise <c>lastYear</c> when a new year is published.
/// Governance's working-day calendar and Domestic Abuse's school calendar both read this one list.
/// </summary>
public sealed record BankHolidays(int FirstYear, int LastYear, IReadOnlyList<DateOnly> Dates)
{
    private const string ResourceName = "Safeguarding.SharedKernel.Time.bank-holidays-england-and-wales.json";
    private static readonly Lazy<BankHolidays> Embedded = new(LoadEmbedded);

    /// <summary>England and Wales, from the embedded data.</summary>
    public static BankHolidays EnglandAndWales => Embedded.Value;

    private static BankHolidays LoadEmbedded()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var data = JsonSerializer.Deserialize<Data>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is empty.");
        return new BankHolidays(data.FirstYear, data.LastYear, data.Dates.Select(d => d.Date).ToArray());
    }

    private sealed record Data(int FirstYear, int LastYear, List<Entry> Dates);
    private sealed record Entry(DateOnly Date, string Title);
}
