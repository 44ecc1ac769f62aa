namespace Safeguarding.SharedKernel.Time;

/// <summary>
/// The one-off and moved bank holidays of England and Wales since 1995, as proclaimed and published (GOV.UK): what the
/// rules alone would get wrong. The platform database holds them from its first start as the reference data that
/// administrators keep (they add the next one when it is announced); this list is where that data began.
/// </summary>
public static class PublishedOneOffBankHolidays
{
    public static IReadOnlyList<BankHoliday> EnglandAndWales { get; } =
    [
        // 50th anniversary of VE day: the early May bank holiday moved from Monday 1 May to Monday 8 May.
        new(new DateOnly(1995, 5, 8), "Early May bank holiday (VE day)", OneOff: true, Replaces: new DateOnly(1995, 5, 1)),
        new(new DateOnly(1999, 12, 31), "Millennium bank holiday", OneOff: true),
        // Golden Jubilee: an extra day on Monday 3 June, and the spring bank holiday moved to Tuesday 4 June.
        new(new DateOnly(2002, 6, 3), "Golden Jubilee bank holiday", OneOff: true),
        new(new DateOnly(2002, 6, 4), "Spring bank holiday", OneOff: true, Replaces: new DateOnly(2002, 5, 27)),
        new(new DateOnly(2011, 4, 29), "Royal wedding", OneOff: true),
        // Diamond Jubilee: the spring bank holiday moved to Monday 4 June, and an extra day on Tuesday 5 June.
        new(new DateOnly(2012, 6, 4), "Spring bank holiday", OneOff: true, Replaces: new DateOnly(2012, 5, 28)),
        new(new DateOnly(2012, 6, 5), "Queen's Diamond Jubilee", OneOff: true),
        // 75th anniversary of VE day: the early May bank holiday moved from Monday 4 May to Friday 8 May.
        new(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)", OneOff: true, Replaces: new DateOnly(2020, 5, 4)),
        // Platinum Jubilee: the spring bank holiday moved to Thursday 2 June, and an extra day on Friday 3 June.
        new(new DateOnly(2022, 6, 2), "Spring bank holiday", OneOff: true, Replaces: new DateOnly(2022, 5, 30)),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday", OneOff: true),
        new(new DateOnly(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", OneOff: true),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III", OneOff: true),
    ];
}
