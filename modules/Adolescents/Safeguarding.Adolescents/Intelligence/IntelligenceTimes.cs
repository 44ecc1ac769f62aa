using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>The checks every time given with intelligence passes: nothing in the future, nothing older than two years.</summary>
internal static class IntelligenceTimes
{
    /// <summary>How far back intelligence may be recorded.</summary>
    public const int MaxYearsBack = 2;

    public static InputCheck NotFuture(this InputCheck check, DateTimeOffset? instant, DateTimeOffset now, string field, string label)
    {
        if (instant is not { } i) return check;
        return check.Require(i <= now, field, $"{label} cannot be in the future (it is now {UkDisplay.Show(now)}).")
            .Require(i >= now.AddYears(-MaxYearsBack), field, $"{label} must be within the last {MaxYearsBack} years.");
    }

    public static InputCheck ReturnAfterMissing(this InputCheck check, DateTimeOffset wentMissingAt, DateTimeOffset? returnedAt) =>
        check.Require(returnedAt is null || returnedAt >= wentMissingAt, "returnedAt",
            $"A young person cannot return before going missing: they went missing at {UkDisplay.Show(wentMissingAt)}" +
            (returnedAt is { } r ? $" and the return given is {UkDisplay.Show(r)}." : "."));
}
