using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Trend;

public sealed class ChildrenInNoticesYearGraphType : ObjectGraphType<ChildrenInNoticesYear>
{
    public ChildrenInNoticesYearGraphType()
    {
        Name = "ChildrenInNoticesYear";
        Description = "Children named in Public Protection Notices in a financial year (April to March), with the change on the year before.";
        Field(x => x.Year).Description("The financial year, e.g. \"2023/24\".");
        Field(x => x.PeriodStart);
        Field(x => x.PeriodEnd);
        Field(x => x.Children).Description("Children named in notices (a child named in two notices counts twice, as in the police count).");
        Field<NonNullGraphType<EnumerationGraphType<FigureSource>>>("source").Description("PUBLISHED (a published figure) or RECORDED (counted from stored notices).").Resolve(c => c.Source.Source);
        Field(x => x.PublishedIn, nullable: true);
        Field(x => x.PreviousYearChildren, nullable: true);
        Field(x => x.ChangePercent, nullable: true).Description("Change on the previous year as a percentage of it, to one decimal place (half away from zero).");
    }
}
