namespace Safeguarding.Adolescents.Intelligence;

public sealed class AdultOfConcernDetailsGraphType : RecordGraphType<AdultOfConcernDetails>
{
    public AdultOfConcernDetailsGraphType() : base("AdultOfConcernDetails", "Personal data of an adult of concern. Every read is recorded in the audit log.")
    {
        Describe(x => x.DateOfBirth, "Null while the adult is held in the Adolescents module by name only.");
        Describe(x => x.PolicePersonReference, "The police's reference for the person, when the partnership's registry holds one.");
    }
}
