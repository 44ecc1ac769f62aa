namespace Safeguarding.Adolescents.Intelligence;

public sealed class MissingEpisodeGraphType : RecordGraphType<MissingEpisode>
{
    public MissingEpisodeGraphType() : base("AdolescentMissingEpisode",
        "A missing episode. Times are shown in UK time; a return home interview is due 72 hours after the return.",
        x => x.InterviewOfferedWithinTime, x => x.InterviewOverdueAnnouncedAt, x => x.RecordedAt, x => x.RecordedBy)
    {
        InUkTime(x => x.WentMissingAt);
        InUkTime(x => x.ReturnedAt);
        InUkTime(x => x.InterviewDueBy).Description = "72 hours after the return, as an absolute duration.";
        InUkTime(x => x.InterviewOfferedAt);
        Field<NonNullGraphType<EnumerationGraphType<InterviewStatus>>>("interviewStatus").Description("Where the return home interview stands: not returned yet, awaited, offered within 72 hours of the return, offered late, or overdue.")
            .Resolve(c => c.Source.InterviewStatusAt(c.Service<TimeProvider>().GetUtcNow()));
    }
}
