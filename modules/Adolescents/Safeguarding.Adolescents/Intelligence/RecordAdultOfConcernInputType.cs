namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordAdultOfConcernInputType : RecordInputGraphType<RecordAdultOfConcernInput>
{
    public RecordAdultOfConcernInputType() : base("RecordAdultOfConcernInput")
    {
        Required(x => x.Name);
    }
}
