namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175AnswerInputType() : RecordInputGraphType<S175AnswerInput>("S175AnswerInput");
