namespace Safeguarding.Scrutiny.Returns;

/// <summary>
/// An agency the partnership expects figures from for a returned measure, from a quarter on. When a quarter has no return
/// from it, the scorecard shows a gap ("no data from Devon and Cornwall Police since 2022-11") rather than a zero.
/// </summary>
public sealed class DataSupplier
{
    public const int MaxNoteLength = 1000;

    private DataSupplier() { }

    public Guid Id { get; private set; }
    /// <summary>The measure's code.</summary>
    public string Measure { get; private set; } = "";
    /// <summary>The agency's id.</summary>
    public Guid PartnerId { get; private set; }
    /// <summary>The agency's name.</summary>
    public string Agency { get; private set; } = "";
    /// <summary>The first quarter a return is expected for.</summary>
    public string ExpectedFrom { get; private set; } = "";
    /// <summary>The month (yyyy-MM) since which the agency has supplied nothing, when that is known to be earlier than its first
    /// missing return (the police's change of computer system in November 2022).</summary>
    public string? NoDataSince { get; private set; }
    /// <summary>A note on what the agency returns; null when none.</summary>
    public string? Note { get; private set; }

    /// <summary>The first quarter expected, the month known to be without data (yyyy-MM) and the note, checked with the measure and the agency.</summary>
    public static InputCheck Check(InputCheck check, string? expectedFrom, string? noDataSince, string? note, out FinancialQuarter from)
    {
        var fromOk = FinancialQuarter.TryParse(expectedFrom, out from);
        return check.Require(fromOk, "expectedFrom", "The first quarter must look like 2023/24 Q1.")
            .Require(noDataSince is null || DateOnly.TryParseExact(noDataSince + "-01", "yyyy-MM-dd", out _), "noDataSince", "The month must look like 2022-11.")
            .OptionalText(note, "note", "The note", MaxNoteLength);
    }

    /// <summary>The agency is expected to return the measure from <paramref name="expectedFrom"/> on.</summary>
    public static DataSupplier Expect(string measure, Guid partnerId, string agency, string? expectedFrom, string? noDataSince, string? note)
    {
        Check(new InputCheck(), expectedFrom, noDataSince, note, out var from).ThrowIfInvalid();
        return new DataSupplier
        {
            Id = Guid.NewGuid(), Measure = measure, PartnerId = partnerId, Agency = agency, ExpectedFrom = from.Label,
            NoDataSince = noDataSince, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }
}
