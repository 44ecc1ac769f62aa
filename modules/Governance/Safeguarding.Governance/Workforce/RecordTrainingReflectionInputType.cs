namespace Safeguarding.Governance.Workforce;

public sealed class RecordTrainingReflectionInputType : RecordInputGraphType<RecordTrainingReflectionInput>
{
    public RecordTrainingReflectionInputType() : base("RecordTrainingReflectionInput")
    {
        Reference(x => x.SessionId, required: true);
        Reference(x => x.PartnerId, required: true);
        Describe(x => x.Text, $"What they wrote (up to {TrainingReflection.MaxText} characters). About practice, not about a child.");
    }
}
