using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class QuestionAverageGraphType : ObjectGraphType<QuestionAverage>
{
    public QuestionAverageGraphType()
    {
        Name = "TrainingQuestionAverage";
        Field(x => x.Question);
        Field(x => x.Forms);
        Field(x => x.Average).Description("Mean score on the 1-5 scale, two decimals.");
    }
}
