namespace Safeguarding.Neglect.Workstream;

public sealed class NeglectTrainingReachGraphType : RecordGraphType<TrainingReach>
{
    public NeglectTrainingReachGraphType() : base("NeglectTrainingReach", null, x => x.Id)
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
