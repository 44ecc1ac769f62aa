namespace Safeguarding.Funding.Statements;

public sealed class FigureChangeGraphType() : RecordGraphType<FigureChange>("FigureChange", null);
