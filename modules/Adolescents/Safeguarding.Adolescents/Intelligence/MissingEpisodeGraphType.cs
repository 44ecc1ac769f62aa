namespace Safeguarding.Adolescents.Intelligence;

public sealed class MissingEpisodeGraphType : ObjectGraphType<MissingEpisode>
{
    public MissingEpisodeGraphType()
    {
        Name = "AdolescentMissingEpisode";
        Description = "A missing episode. Times are shown in UK time; a return home interview is due 72 hours after the return.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.ReportingAgency);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("wentMissingAt").Resolve(c => Uk.Time(c.Source.WentMissingAt));
        Field<DateTimeOffsetGraphType>("returnedAt").Resolve(c => Uk.Time(c.Source.ReturnedAt));
        Field(x => x.WhereFound, nullable: true);
        Field<DateTimeOffsetGraphType>("interviewDueBy").Description("72 hours after the return, as an absolute duration.").Resolve(c => Uk.Time(c.Source.InterviewDueBy));
        Field<DateTimeOffsetGraphType>("interviewOfferedAt").Resolve(c => Uk.Time(c.Source.InterviewOfferedAt));
        Field(x => x.InterviewOfferedBy, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<InterviewStatus>>>("interviewStatus")
            .Resolve(c => c.Source.InterviewStatusAt(c.Service<TimeProvider>().GetUtcNow()));
    }
}
