using GraphQL;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Trend;

/// <summary>The period of a count: the <c>from</c> and <c>to</c> arguments (UK days, inclusive), by default the last 365 days.</summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => UkTime.At(From, TimeOnly.MinValue);
    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => UkTime.At(To.AddDays(1), TimeOnly.MinValue);

    public static ReportingPeriod Of(IResolveFieldContext c)
    {
        var today = c.Service<TimeProvider>().Today();
        var period = new ReportingPeriod(c.GetArgument<DateOnly?>("from") ?? today.AddDays(-365), c.GetArgument<DateOnly?>("to") ?? today);
        new InputCheck().RequirePeriod(period.From, period.To, 3 * 366, "three years").ThrowIfInvalid();
        return period;
    }
}
