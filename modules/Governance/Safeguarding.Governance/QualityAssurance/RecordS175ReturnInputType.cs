namespace Safeguarding.Governance.QualityAssurance;

public sealed class RecordS175ReturnInputType : RecordInputGraphType<RecordS175ReturnInput>
{
    public RecordS175ReturnInputType() : base("RecordS175ReturnInput")
    {
        ShownAs<S175AnswerInputType>(x => x.Answers);
        Required(x => x.Answers);
    }
}
