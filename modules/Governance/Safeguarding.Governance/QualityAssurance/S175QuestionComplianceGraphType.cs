namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175QuestionComplianceGraphType : RecordGraphType<S175QuestionCompliance>
{
    public S175QuestionComplianceGraphType() : base("S175QuestionCompliance",
        "Settings answering yes to a S.175/157 question, as a percentage rounded to two decimals, with the change from the previous year.")
    {
        Describe(x => x.Change, "Percentage points, this year minus the previous year.");
    }
}
