using GraphQL;
using GraphQL.Types;
using Safeguarding.Adolescents.ReturnHomeInterviews;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.Intelligence;

public enum InterviewStatus { NotReturned, Awaiting, OfferedOnTime, OfferedLate, Overdue }

internal static class Uk
{
    /// <summary>An instant as UK wall-clock time (the offset says GMT or BST).</summary>
    public static DateTimeOffset? Time(DateTimeOffset? instant) => instant is { } i ? UkTime.ToUk(i) : null;

    public static InterviewStatus StatusOf(MissingEpisode e, DateTimeOffset now) => e switch
    {
        { ReturnedAt: null } => InterviewStatus.NotReturned,
        { InterviewOfferedWithinTime: true } => InterviewStatus.OfferedOnTime,
        { InterviewOfferedWithinTime: false } => InterviewStatus.OfferedLate,
        _ when ReturnHomeInterviewRule.IsOverdue(e.ReturnedAt!.Value, null, now) => InterviewStatus.Overdue,
        _ => InterviewStatus.Awaiting,
    };
}

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
            .Resolve(c => Uk.StatusOf(c.Source, c.Service<TimeProvider>().GetUtcNow()));
    }
}

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

public sealed class ExploitationConcernGraphType : ObjectGraphType<ExploitationConcern>
{
    public ExploitationConcernGraphType()
    {
        Name = "ExploitationConcern";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.ReportingAgency);
        Field<NonNullGraphType<EnumerationGraphType<ExploitationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.CountyLines);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("indicators").Resolve(c => c.Source.Indicators);
        Field(x => x.ReportedOn);
        Field(x => x.Summary, nullable: true);
    }
}

public sealed class LocationGraphType : ObjectGraphType<Location>
{
    public LocationGraphType()
    {
        Name = "AdolescentLocation";
        Description = "A place linked to young people at risk. Held only in the Adolescents module.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Kind, nullable: true);
    }
}

public sealed class AdultOfConcernGraphType : ObjectGraphType<AdultOfConcern>
{
    public const string ReadAction = "adult-of-concern.read";

    public AdultOfConcernGraphType()
    {
        Name = "AdultOfConcern";
        Description = "An adult linked to young people at risk, known by a reference. Details are read through `details(purpose:)`, which is audited.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Reference);
        Field<NonNullGraphType<AdultOfConcernDetailsGraphType>>("details")
            .Description("Who the adult is. Every read is recorded in the audit log with its purpose.")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Why you need to see who the adult is; recorded in the audit log.")
            .ResolveAsync(async c =>
            {
                var purpose = c.GetArgument<string>("purpose");
                if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length < 5)
                    throw PartnershipError.Invalid("purpose", "State why you need to see who the adult is (at least 5 characters).");
                await c.Service<IAuditLog>().RecordAsync(new AuditEntry(c.User!.Actor(), ReadAction, Field: "details", Purpose: purpose.Trim(),
                    Module: AdolescentsModule.ModuleName, Detail: $"Adult of concern {c.Source.Reference}"), c.CancellationToken);
                return c.Source;
            });
    }
}

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

/// <summary>What the Adolescents module holds about one young person.</summary>
public sealed record YoungPersonRecord(
    Guid SubjectId, IReadOnlyList<MissingEpisode> MissingEpisodes, IReadOnlyList<CustodyEpisode> CustodyEpisodes,
    IReadOnlyList<ExploitationConcern> ExploitationConcerns, SafetyPlans.SafetyPlan? SafetyPlan);

public sealed class YoungPersonRecordGraphType : ObjectGraphType<YoungPersonRecord>
{
    public YoungPersonRecordGraphType()
    {
        Name = "AdolescentsYoungPerson";
        Description = "What the Adolescents working group holds about a young person, most recent first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingEpisodeGraphType>>>>("missingEpisodes").WithComplexityImpact(1, 10).Resolve(c => c.Source.MissingEpisodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustodyEpisodeGraphType>>>>("custodyEpisodes").WithComplexityImpact(1, 5).Resolve(c => c.Source.CustodyEpisodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExploitationConcernGraphType>>>>("exploitationConcerns").WithComplexityImpact(1, 5).Resolve(c => c.Source.ExploitationConcerns);
        Field<SafetyPlans.SafetyPlanGraphType>("safetyPlan").Description("The Adolescent Safety Framework plan, if there is one.").Resolve(c => c.Source.SafetyPlan);
    }
}

public sealed class InterviewFigures
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int Returns { get; init; }
    public int OfferedOnTime { get; init; }
    public int OfferedLate { get; init; }
    public int Overdue { get; init; }
    public int Awaiting { get; init; }
}

public sealed class InterviewFiguresGraphType : ObjectGraphType<InterviewFigures>
{
    public InterviewFiguresGraphType()
    {
        Name = "ReturnHomeInterviewFigures";
        Description = "Returns from missing episodes in a period (by the UK date of return) and whether an interview was offered within 72 hours. Counts only.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Returns);
        Field(x => x.OfferedOnTime);
        Field(x => x.OfferedLate);
        Field(x => x.Overdue).Description("Not offered, and the 72 hours have passed.");
        Field(x => x.Awaiting).Description("Not offered yet, still within the 72 hours.");
    }
}
