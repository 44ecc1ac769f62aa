using GraphQL.Types;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175AnswerInputType : InputObjectGraphType<S175AnswerInput>
{
    public S175AnswerInputType()
    {
        Name = "S175AnswerInput";
        Field(x => x.Question);
        Field(x => x.Answer);
    }
}
