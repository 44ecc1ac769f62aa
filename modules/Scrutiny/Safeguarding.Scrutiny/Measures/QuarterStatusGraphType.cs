namespace Safeguarding.Scrutiny.Measures;

public sealed class QuarterStatusGraphType : EnumerationGraphType<QuarterStatus>
{
    public QuarterStatusGraphType()
    {
        Name = "ScorecardValueStatus";
        Description = "FIGURE (an ended quarter's figure), IN_PROGRESS (today is in the quarter: the figure so far), NOT_YET (the quarter has not begun, "
                      + "or a returned measure's quarter has not ended), NO_DATA (no source supplied anything for it), NOTHING_TO_MEASURE (a rate or "
                      + "average with nothing to compute it from). Only FIGURE quarters make the trend.";
    }
}
