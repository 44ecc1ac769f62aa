namespace Safeguarding.Host.Platform;

/// <summary>
/// A one-off or moved bank holiday, as administrators keep it: reference data in the platform database (the date is
/// the key, so a day is held once; a day of the rules is moved at most once). Present from the first start with the
/// days published since 1995 (<see cref="PublishedOneOffBankHolidays"/>).
/// </summary>
public sealed class OneOffBankHolidayRecord
{
    public const int MaxNameLength = 200;
    public const string PublishedHistory = "Published history (GOV.UK)";

    private OneOffBankHolidayRecord() { }

    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The day of the rules this day takes the place of, if it moves one.</summary>
    public DateOnly? Replaces { get; private set; }
    public string AddedBy { get; private set; } = "";
    /// <summary>When an administrator added it; null for the published history present from the first start.</summary>
    public DateTimeOffset? AddedAt { get; private set; }

    /// <summary>
    /// A new one-off day, checked against the bank holidays as they stand: a weekday within the calendar, named; not
    /// already a bank holiday (CONFLICT); if it moves a day, that day is one the rules give and has not been moved yet.
    /// </summary>
    public static OneOffBankHolidayRecord Add(DateOnly date, string? name, DateOnly? replaces, BankHolidays current, string addedBy, DateTimeOffset at)
    {
        var check = new InputCheck();
        var range = $"between {BankHolidays.FirstYear} and {BankHolidays.LastYear}";
        check.Require(BankHolidays.Covers(date), "date", $"The date must be {range}.")
            .RequireText(name, "name", "The bank holiday's name", MaxNameLength);
        if (BankHolidays.Covers(date))
            check.Require(!BankHolidayRules.IsWeekend(date), "date", $"{date:dddd d MMMM yyyy} is at a weekend: a bank holiday then changes no working day.");
        if (replaces is { } moved)
        {
            check.Require(BankHolidays.Covers(moved), "replaces", $"The day it replaces must be {range}.");
            if (BankHolidays.Covers(moved))
                check.Require(moved != date, "replaces", "A day cannot replace itself.")
                    .Require(BankHolidayRules.On(moved) is not null, "replaces", $"{moved:dddd d MMMM yyyy} is not a bank holiday by the rules, so there is nothing to move.");
        }
        check.ThrowIfInvalid();

        if (current.On(date) is { } existing)
            throw DomainException.Conflict($"{date:dddd d MMMM yyyy} is already a bank holiday: {existing.Name}.");
        if (replaces is { } replaced && current.OneOffDays.FirstOrDefault(d => d.Replaces == replaced) is { } earlier)
            throw DomainException.Conflict($"{replaced:dddd d MMMM yyyy} has already been moved, to {earlier.Date:dddd d MMMM yyyy} ({earlier.Name}).");
        return new OneOffBankHolidayRecord { Date = date, Name = name!.Trim(), Replaces = replaces, AddedBy = addedBy, AddedAt = at };
    }

    public BankHoliday ToBankHoliday() => new(Date, Name, OneOff: true, Replaces);
}
