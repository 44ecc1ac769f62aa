namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// A date outside the years the calendars answer for (<see cref="BankHolidays.FirstYear"/> to
/// <see cref="BankHolidays.LastYear"/>), given or reached while counting. Whoever asked with the date answers it as a
/// VALIDATION problem on the field it came from; arithmetic never runs into the ends of <see cref="DateOnly"/>.
/// </summary>
public sealed class CalendarOutOfRangeException(DateOnly date)
    : Exception($"{date:d MMMM yyyy} is outside the calendar, which covers {BankHolidays.FirstYear} to {BankHolidays.LastYear}.")
{
    public DateOnly Date { get; } = date;
}
