namespace Safeguarding.Scrutiny.Measures;

public sealed class DataGapGraphType : RecordGraphType<DataGapView>
{
    public DataGapGraphType() : base("ScorecardDataGap", "An agency expected to supply a measure that supplied nothing for some quarters.")
    {
        Describe(x => x.Since, "The month (yyyy-MM) since which nothing has been supplied.");
        Rows(x => x.Quarters, 1);
    }
}
