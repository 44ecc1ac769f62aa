namespace Safeguarding.Governance.Workforce;

public sealed class RecordTrainingReflectionInputType : RecordInputGraphType<RecordTrainingReflectionInput>
{
    public RecordTrainingReflectionInputType() : base("RecordTrainingReflectionInput")
    {
        Reference(x => x.SessionId, required: true);
        Reference(x => x.PartnerId, required: true, "The agency of the person reflecting; one that attended, where attendance was recorded by agency.");
        Describe(x => x.Role, "Their post, e.g. \"Social worker\"; never a name.");
        Describe(x => x.Text, $"What they wrote (up to {TrainingReflection.MaxText} characters). About practice, not about a child.");
        Describe(x => x.WrittenOn, "Defaults to today; on or after the session.");
    }
}
