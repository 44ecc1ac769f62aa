namespace Safeguarding.Adolescents.Intelligence;

public sealed class AdultOfConcernGraphType : ObjectGraphType<AdultOfConcern>
{
    public AdultOfConcernGraphType()
    {
        Name = "AdultOfConcern";
        Description = "An adult linked to young people at risk, known by a reference. Details are read through `details(purpose:)`, which is audited.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Reference).Description("The partnership's reference for the adult, as the working group gave it.");
        Field<SubjectGraphType>("person")
            .Description("The adult in the partnership's registry, which holds who they are once their date of birth is known; null while they are " +
                         "held in this module by name only (identifyAdultOfConcern moves them).")
            .Resolve(c => c.Source.SubjectId is { } id ? new SubjectId(id) : null);
        Field<NonNullGraphType<AdultOfConcernDetailsGraphType>>("details")
            .Description("Who the adult is. Every read is recorded in the audit log with its purpose; for an adult the registry holds, its access rules apply.")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Why you need to see who the adult is; recorded in the audit log.")
            .ResolveAsync(async c => await c.Service<AdultOfConcernDetailsReads>().ReadAsync(c.Source, c.GetArgument<string>("purpose"), c.User!, c.CancellationToken));
    }
}
