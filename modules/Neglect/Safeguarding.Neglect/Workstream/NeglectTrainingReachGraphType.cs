namespace Safeguarding.Neglect.Workstream;

public sealed class NeglectTrainingReachGraphType() : RecordGraphType<TrainingReach>("NeglectTrainingReach", null, x => x.Id);
