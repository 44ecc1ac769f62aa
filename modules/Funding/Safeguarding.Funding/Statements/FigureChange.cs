namespace Safeguarding.Funding.Statements;

public sealed record FigureChange(string Measure, decimal From, decimal To, decimal Change, decimal? ChangePercent);
