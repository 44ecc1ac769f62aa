namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>Reads a count's <c>from</c> and <c>to</c> arguments as a <see cref="ReportingPeriod"/>.</summary>
internal static class ReportingPeriodGraph
{
    public static ReportingPeriod Read(IResolveFieldContext c) =>
        ReportingPeriod.Of(c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.Service<TimeProvider>().Today());
}
