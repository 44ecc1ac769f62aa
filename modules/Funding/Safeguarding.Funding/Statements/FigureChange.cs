namespace Safeguarding.Funding.Statements;

/// <param name="Change">The change from the earlier year to the later one.</param>
/// <param name="ChangePercent">The change in per cent; null when the earlier figure was zero.</param>
/// <param name="From">The earlier year's figure.</param>
/// <param name="Measure">The headline figure compared.</param>
/// <param name="To">The later year's figure.</param>
public sealed record FigureChange(string Measure, decimal From, decimal To, decimal Change, decimal? ChangePercent);
