using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175QuestionComplianceGraphType : ObjectGraphType<S175QuestionCompliance>
{
    public S175QuestionComplianceGraphType()
    {
        Name = "S175QuestionCompliance";
        Description = "Settings answering yes to a S.175/157 question, as a percentage rounded to two decimals, with the change from the previous year.";
        Field(x => x.Question);
        Field(x => x.Yes);
        Field(x => x.Returns);
        Field(x => x.Percentage);
        Field(x => x.PreviousYearPercentage, nullable: true);
        Field(x => x.Change, nullable: true).Description("Percentage points, this year minus the previous year.");
    }
}
