namespace Safeguarding.Adolescents.Intelligence;

/// <summary>The input type of a piece of intelligence: the fields of <see cref="IntakeInput"/> that every intake shares, described once.</summary>
public abstract class IntakeInputGraphType<TInput> : RecordInputGraphType<TInput> where TInput : IntakeInput
{
    protected IntakeInputGraphType(string name) : base(name)
    {
        Reference(x => x.SubjectId, required: true, "The young person: a subject registered through registerSubject.");
        Describe(x => x.ReportingAgency, "One of the partnership's agencies; by default your own agency.");
        ShownAs<IdGraphType>(x => x.AdultOfConcernIds).Description = "Adults of concern this intelligence links to.";
        ShownAs<IdGraphType>(x => x.LocationIds).Description = "Locations this intelligence links to.";
    }
}
