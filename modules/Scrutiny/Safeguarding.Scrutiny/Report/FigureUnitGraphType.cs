namespace Safeguarding.Scrutiny.Report;

public sealed class FigureUnitGraphType : EnumerationGraphType<FigureUnit> { public FigureUnitGraphType() => Name = "PublishedFigureUnit"; }
