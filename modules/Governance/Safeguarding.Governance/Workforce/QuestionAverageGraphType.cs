namespace Safeguarding.Governance.Workforce;

public sealed class QuestionAverageGraphType : RecordGraphType<QuestionAverage>
{
    public QuestionAverageGraphType() : base("TrainingQuestionAverage", null)
    {
        Describe(x => x.Average, "Mean score on the 1-5 scale, two decimals.");
    }
}
