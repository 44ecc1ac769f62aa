namespace Safeguarding.Host.GraphQL;

public sealed class OneOffBankHolidayInput
{
    /// <summary>A weekday that is not already a bank holiday.</summary>
    public DateOnly Date { get; set; }
    /// <summary>As proclaimed, e.g. "Bank holiday for the coronation of King Charles III".</summary>
    public string? Name { get; set; }
    /// <summary>When the day moves a bank holiday of the rules (as the early May bank holiday moved to 8 May in 2020): the day it replaces.</summary>
    public DateOnly? Replaces { get; set; }
}
