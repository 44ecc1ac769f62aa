using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Csa.Indicators;

/// <summary>The flagging rule's thresholds, from configuration section <c>Csa:Flagging</c>.</summary>
public sealed class FlaggingOptions
{
    public const string Section = "Csa:Flagging";

    /// <summary>Indicators from this many different agencies flag the child.</summary>
    [Range(1, 50)] public int MinAgencies { get; set; } = 2;
    /// <summary>This many indicators within <see cref="WindowDays"/> flag the child.</summary>
    [Range(1, 100)] public int MinIndicators { get; set; } = 3;
    /// <summary>The most days between the first and last observed of the indicators counted together (inclusive).</summary>
    [Range(1, 3650)] public int WindowDays { get; set; } = 90;
}

/// <summary>What the rule needs of an indicator: who saw it and when.</summary>
public readonly record struct IndicatorFact(string Agency, DateOnly ObservedOn);

/// <summary>The rule's answer: whether to flag, the counts it looked at, and why (AGENCIES, COUNT or AGENCIES+COUNT).</summary>
public sealed record FlagDecision(bool Flag, int AgencyCount, int IndicatorsInWindow, string Reason);

/// <summary>
/// Flags a child for a multi-agency discussion when the indicators not yet discussed come from at least
/// <see cref="FlaggingOptions.MinAgencies"/> agencies (named alike ignoring case and spaces at the ends), or when at
/// least <see cref="FlaggingOptions.MinIndicators"/> of them were observed within <see cref="FlaggingOptions.WindowDays"/>
/// days of each other. The window is inclusive: indicators observed 1 January and 1 April (90 days apart) are within a
/// 90-day window; 91 days apart are not. Dates are the days observed, not the days recorded, so an indicator recorded
/// late still counts where it belongs.
/// </summary>
public sealed class FlaggingRule(FlaggingOptions options)
{
    public const string ByAgencies = "AGENCIES";
    public const string ByCount = "COUNT";

    public FlaggingOptions Options { get; } = options;

    public FlagDecision Evaluate(IEnumerable<IndicatorFact> indicators)
    {
        var list = indicators.ToList();
        var agencies = list.Select(i => i.Agency.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var inWindow = MostWithinWindow(list.Select(i => i.ObservedOn), Options.WindowDays);
        var reasons = new List<string>(2);
        if (agencies >= Options.MinAgencies) reasons.Add(ByAgencies);
        if (inWindow >= Options.MinIndicators) reasons.Add(ByCount);
        return new FlagDecision(reasons.Count > 0, agencies, inWindow, string.Join('+', reasons));
    }

    /// <summary>The largest number of days observed that lie within <paramref name="windowDays"/> of each other.</summary>
    public static int MostWithinWindow(IEnumerable<DateOnly> days, int windowDays)
    {
        var sorted = days.Select(d => d.DayNumber).Order().ToArray();
        var most = 0;
        for (int first = 0, last = 0; last < sorted.Length; last++)
        {
            while (sorted[last] - sorted[first] > windowDays) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }
}
