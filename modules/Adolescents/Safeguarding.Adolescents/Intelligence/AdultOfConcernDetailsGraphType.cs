namespace Safeguarding.Adolescents.Intelligence;

public sealed class AdultOfConcernDetailsGraphType : ObjectGraphType<AdultOfConcern>
{
    public AdultOfConcernDetailsGraphType()
    {
        Name = "AdultOfConcernDetails";
        Description = "Personal data of an adult of concern. Every read is recorded in the audit log.";
        Field(x => x.Name);
        Field(x => x.KnownAs, nullable: true);
        Field(x => x.Notes, nullable: true);
    }
}
