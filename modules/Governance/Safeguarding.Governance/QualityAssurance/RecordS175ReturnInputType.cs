namespace Safeguarding.Governance.QualityAssurance;

public sealed class RecordS175ReturnInputType : RecordInputGraphType<RecordS175ReturnInput>
{
    public RecordS175ReturnInputType() : base("RecordS175ReturnInput")
    {
        Describe(x => x.Year, "e.g. 2023/24.");
        Describe(x => x.Setting, "The school, college or setting.");
        ShownAs<S175AnswerInputType>(x => x.Answers);
        Required(x => x.Answers);
    }
}
