namespace Safeguarding.Adolescents;

/// <summary>Reads the <c>from</c> and <c>to</c> arguments of a figures field as a <see cref="Period"/>.</summary>
internal static class PeriodGraphArguments
{
    public static Period Period(this IResolveFieldContext c, int maxDays, string longest) =>
        Adolescents.Period.Of(c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"), maxDays, longest);
}
