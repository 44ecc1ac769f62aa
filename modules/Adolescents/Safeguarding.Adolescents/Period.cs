using GraphQL;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Adolescents;

/// <summary>The <c>from</c> and <c>to</c> arguments of a figures field: UK dates, both included.</summary>
internal static class Period
{
    public static (DateOnly From, DateOnly To) Read(IResolveFieldContext c, int maxDays, string longest)
    {
        var from = c.GetArgument<DateOnly>("from");
        var to = c.GetArgument<DateOnly>("to");
        new InputCheck().RequirePeriod(from, to, maxDays, longest).ThrowIfInvalid();
        return (from, to);
    }
}
