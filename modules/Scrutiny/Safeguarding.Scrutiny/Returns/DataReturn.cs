namespace Safeguarding.Scrutiny.Returns;

/// <summary>
/// A figure an agency supplied for a measure and quarter that no module records (re-referrals within 12 months, say).
/// A later return for the same measure, quarter and agency corrects the earlier one.
/// </summary>
public sealed class DataReturn
{
    public const decimal MaxValue = 1_000_000;
    public const int MaxNoteLength = 1000;

    private DataReturn() { }

    public Guid Id { get; private set; }
    public string Measure { get; private set; } = "";
    public string Quarter { get; private set; } = "";
    public Guid PartnerId { get; private set; }
    /// <summary>The agency's name when the return was made.</summary>
    public string Agency { get; private set; } = "";
    public decimal Value { get; private set; }
    public string? Note { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>
    /// The quarter, figure and note of a return: a quarter that has started (returns are made for it, or while it runs), a
    /// figure from 0 to 1,000,000. Checked with the measure and the agency, before the agency is looked up.
    /// </summary>
    public static InputCheck Check(InputCheck check, string? quarterText, decimal value, string? note, DateOnly today, out FinancialQuarter quarter)
    {
        var quarterOk = FinancialQuarter.TryParse(quarterText, out quarter);
        check.Require(quarterOk, "quarter", "The quarter must look like 2023/24 Q3.")
            .Require(!quarterOk || quarter.Starts <= today, "quarter", "A return cannot be made for a quarter that has not started.");
        return CheckFigure(check, value, note);
    }

    /// <summary>The agency's first return for the measure and quarter.</summary>
    public static DataReturn Submit(string measure, string? quarterText, Guid partnerId, string agency, decimal value, string? note, string by, DateTimeOffset at, DateOnly today)
    {
        Check(new InputCheck(), quarterText, value, note, today, out var quarter).ThrowIfInvalid();
        var made = new DataReturn { Id = Guid.NewGuid(), Measure = measure, Quarter = quarter.Label, PartnerId = partnerId };
        made.Correct(agency, value, note, by, at);
        return made;
    }

    /// <summary>A later return for the same measure, quarter and agency: it replaces the figure and note, under the agency's name today.</summary>
    public void Correct(string agency, decimal value, string? note, string by, DateTimeOffset at)
    {
        CheckFigure(new InputCheck(), value, note).ThrowIfInvalid();
        Agency = agency;
        Value = value;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        SubmittedBy = by;
        SubmittedAt = at;
    }

    private static InputCheck CheckFigure(InputCheck check, decimal value, string? note) =>
        check.Require(value is >= 0 and <= MaxValue, "value", "The figure must be from 0 to 1,000,000.")
            .OptionalText(note, "note", "The note", MaxNoteLength);
}
