namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// A bank holiday in England and Wales: a day the rules give (<see cref="BankHolidayRules"/>), or a one-off day
/// proclaimed for an occasion (a jubilee, a coronation, a state funeral). A one-off day may move a day of the rules
/// (<see cref="Replaces"/>): in 2020 the early May bank holiday moved from Monday 4 May to Friday 8 May for VE day.
/// </summary>
/// <param name="OneOff">True for a day held as reference data rather than given by the rules.</param>
/// <param name="Replaces">For a one-off day that moves a day of the rules: the day of the rules that is no longer a holiday.</param>
/// <param name="Date">The day.</param>
/// <param name="Name">Its name, e.g. "Christmas Day" or the one-off day's name.</param>
public sealed record BankHoliday(DateOnly Date, string Name, bool OneOff = false, DateOnly? Replaces = null);
