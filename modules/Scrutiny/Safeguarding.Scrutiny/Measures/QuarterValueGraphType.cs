namespace Safeguarding.Scrutiny.Measures;

public sealed class QuarterValueGraphType : RecordGraphType<QuarterValue>
{
    public QuarterValueGraphType() : base("ScorecardValue",
        "A quarter's figure. Null with a note and a status when there is none: a gap or a quarter to come is never shown as zero. "
        + "A small count of people, or a figure that would reveal one, is withheld: null, and named in suppressed.", x => x.Suppressed)
    {
        ShownAs<FinancialQuarterGraphType>(x => x.Quarter);
        Withheld(x => x.Value, x => x.Suppressed);
    }
}
