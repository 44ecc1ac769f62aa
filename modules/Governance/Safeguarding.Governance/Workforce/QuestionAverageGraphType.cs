namespace Safeguarding.Governance.Workforce;

public sealed class QuestionAverageGraphType() : RecordGraphType<QuestionAverage>("TrainingQuestionAverage", null);
