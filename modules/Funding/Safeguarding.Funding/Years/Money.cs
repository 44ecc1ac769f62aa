namespace Safeguarding.Funding.Years;

/// <summary>Money is decimal pounds with pence: positive, at most two decimal places, below ten million.</summary>
public static class Money
{
    public const decimal Maximum = 10_000_000m;
    public static bool IsValidAmount(decimal amount) => amount > 0 && amount < Maximum && decimal.Round(amount, 2) == amount;
    public static bool IsValidReserve(decimal amount) => amount >= 0 && amount < Maximum && decimal.Round(amount, 2) == amount;

    /// <summary>Adds the problem with an amount of money in or out, if there is one, to <paramref name="check"/>.</summary>
    public static InputCheck RequireAmount(this InputCheck check, decimal amount) =>
        check.Require(IsValidAmount(amount), "amount", "The amount must be more than £0 and less than £10,000,000, in pounds and pence (at most two decimal places).");
}
