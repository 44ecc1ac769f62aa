namespace Safeguarding.Adolescents.Intelligence;

public sealed class CustodyEpisodeGraphType : ObjectGraphType<CustodyEpisode>
{
    public CustodyEpisodeGraphType()
    {
        Name = "AdolescentCustodyEpisode";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.ReportingAgency);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("detainedAt").Resolve(c => Uk.Time(c.Source.DetainedAt));
        Field<DateTimeOffsetGraphType>("releasedAt").Resolve(c => Uk.Time(c.Source.ReleasedAt));
    }
}
