namespace Safeguarding.Governance.Workforce;

public sealed class EvaluationAnswerInputType() : RecordInputGraphType<EvaluationAnswerInput>("TrainingEvaluationAnswerInput");
