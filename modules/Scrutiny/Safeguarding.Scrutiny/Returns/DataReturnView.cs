namespace Safeguarding.Scrutiny.Returns;

/// <summary>An agency's return as the reader may see it: the figure is withheld where the scorecard withholds it.</summary>
/// <param name="Agency">The agency's name when the return was made.</param>
/// <param name="Measure">The measure's code.</param>
/// <param name="Note">The agency's note on the figure; null when none.</param>
/// <param name="PartnerId">The agency's id.</param>
/// <param name="Quarter">The quarter the figure is for.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="Value">The figure.</param>
public sealed record DataReturnView(Guid Id, string Measure, string Quarter, Guid PartnerId, string Agency, Disclosed<decimal> Value, string? Note,
    string SubmittedBy, DateTimeOffset SubmittedAt)
{
    public static DataReturnView Of(DataReturn made, Disclosed<decimal> value) =>
        new(made.Id, made.Measure, made.Quarter, made.PartnerId, made.Agency, value, made.Note, made.SubmittedBy, made.SubmittedAt);
}
