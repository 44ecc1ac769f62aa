namespace Safeguarding.Adolescents.Intelligence;

public sealed class IdentifyAdultOfConcernInputType : RecordInputGraphType<IdentifyAdultOfConcernInput>
{
    public IdentifyAdultOfConcernInputType() : base("IdentifyAdultOfConcernInput")
    {
        Reference(x => x.AdultId, required: true, "The adult of concern, held in this module by name.");
        Required(x => x.DateOfBirth);
    }
}
