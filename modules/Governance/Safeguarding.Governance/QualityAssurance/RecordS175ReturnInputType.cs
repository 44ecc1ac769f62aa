namespace Safeguarding.Governance.QualityAssurance;

public sealed class RecordS175ReturnInputType : RecordInputGraphType<RecordS175ReturnInput>
{
    public RecordS175ReturnInputType() : base("RecordS175ReturnInput")
    {
        Required<S175AnswerInputType>(x => x.Answers);
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Setting);
    }
}
