using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultInputType : InputObjectGraphType<NoticeAdultInput>
{
    public NoticeAdultInputType()
    {
        Name = "ProtectionNoticeAdultInput";
        Field<EnumerationGraphType<AdultRole>>("role").Description("VICTIM or PERSON_CAUSING_HARM.");
        Field<StringGraphType>("personReference").Description("The police's reference for the person: repeat incidents involving the same person are found by it.");
        Field<StringGraphType>("name");
        Field<DateOnlyGraphType>("dateOfBirth");
    }
}

public sealed class ProtectionNoticeInputType : InputObjectGraphType<ProtectionNoticeInput>
{
    public ProtectionNoticeInputType()
    {
        Name = "ProtectionNoticeInput";
        Description = "A police Public Protection Notice. Fields are checked per notice, so one bad notice in a batch is reported without failing the others.";
        Field<StringGraphType>("policeReference").Description("The police reference: a notice is stored once per reference (compared in upper case).");
        Field<StringGraphType>("reportingAgency").Description($"One of the partnership's agencies, whatever the letter case; stored as the partnership spells it. Default \"{NoticeIntake.DefaultReportingAgency}\".");
        Field<DateTimeOffsetGraphType>("incidentAt").Description("When the incident happened (not in the future; within two years).");
        Field<StringGraphType>("locationArea").Description("The area of the city where it happened (never an address).");
        Field<ListGraphType<IdGraphType>>("children").Description($"The children present or affected: registered subject ids, 1 to {NoticeIntake.MaxChildren}.");
        Field<ListGraphType<NoticeAdultInputType>>("adults").Description($"The adults involved (victim, person causing harm), up to {NoticeIntake.MaxAdults}.");
    }
}

public sealed class IntakeProblemGraphType : ObjectGraphType<FieldProblem>
{
    public IntakeProblemGraphType()
    {
        Name = "ProtectionNoticeProblem";
        Field(x => x.Field).Description("The notice's field at fault, e.g. \"children[1]\".");
        Field(x => x.Message);
    }
}

public sealed class IntakeResultGraphType : ObjectGraphType<IntakeResult>
{
    public IntakeResultGraphType()
    {
        Name = "ProtectionNoticeIntakeResult";
        Field(x => x.Index).Description("The notice's position in the batch, from 0.");
        Field(x => x.PoliceReference, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<IntakeOutcome>>>("outcome").Description("STORED, DUPLICATE (already stored: not an error) or REJECTED (see problems).").Resolve(c => c.Source.Outcome);
        Field<IdGraphType>("noticeId").Description("The stored notice (for a duplicate, the one stored before).").Resolve(c => c.Source.NoticeId);
        Field(x => x.EncompassNotifications).Description("How many schools were notified under Operation Encompass.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeProblemGraphType>>>>("problems").Resolve(c => c.Source.Problems);
    }
}

public sealed record IntakeBatch(IReadOnlyList<IntakeResult> Results)
{
    public int Count(IntakeOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}

public sealed class IntakeBatchGraphType : ObjectGraphType<IntakeBatch>
{
    public IntakeBatchGraphType()
    {
        Name = "ProtectionNoticeBatchResult";
        Field<NonNullGraphType<IntGraphType>>("received").Resolve(c => c.Source.Results.Count);
        Field<NonNullGraphType<IntGraphType>>("stored").Resolve(c => c.Source.Count(IntakeOutcome.Stored));
        Field<NonNullGraphType<IntGraphType>>("duplicates").Resolve(c => c.Source.Count(IntakeOutcome.Duplicate));
        Field<NonNullGraphType<IntGraphType>>("rejected").Resolve(c => c.Source.Count(IntakeOutcome.Rejected));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeResultGraphType>>>>("results").WithComplexityImpact(1, 1)
            .Argument<BooleanGraphType>("notStoredOnly", "Only the duplicates and rejected notices.")
            .Resolve(c => c.GetArgument<bool?>("notStoredOnly") == true ? c.Source.Results.Where(r => r.Outcome != IntakeOutcome.Stored) : c.Source.Results);
    }
}

public sealed class NoticeAdultGraphType : ObjectGraphType<NoticeAdultView>
{
    public NoticeAdultGraphType()
    {
        Name = "ProtectionNoticeAdult";
        Description = "An adult involved in an incident. Identity is held in the Domestic Abuse module only and shown to its working group.";
        Field<NonNullGraphType<IdGraphType>>("adultId").Resolve(c => c.Source.AdultId);
        Field<NonNullGraphType<EnumerationGraphType<AdultRole>>>("role").Resolve(c => c.Source.Role);
        Field(x => x.PersonReference);
        Field(x => x.Name, nullable: true);
        Field(x => x.DateOfBirth, nullable: true);
    }
}

public sealed record NoticeAdultView(Guid AdultId, AdultRole Role, string PersonReference, string? Name, DateOnly? DateOfBirth);

public sealed class ProtectionNoticeGraphType : ObjectGraphType<ProtectionNotice>
{
    public ProtectionNoticeGraphType()
    {
        Name = "ProtectionNotice";
        Description = "A police Public Protection Notice for a domestic abuse incident.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.PoliceReference);
        Field(x => x.ReportingAgency);
        Field(x => x.IncidentAt);
        Field(x => x.LocationArea);
        Field(x => x.ReceivedAt);
        Field(x => x.ChildCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("children").Description("The children's subject ids.")
            .Resolve(c => c.Source.Children.Select(x => x.SubjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoticeAdultGraphType>>>>("adults").WithComplexityImpact(1, 2)
            .ResolveAsync(async c =>
            {
                var ids = c.Source.Adults.Select(a => a.AdultId).ToList();
                var adults = await c.Service<DomesticAbuseDbContext>().Adults.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, c.CancellationToken);
                return c.Source.Adults.Select(a => new NoticeAdultView(a.AdultId, a.Role, adults[a.AdultId].PersonReference, adults[a.AdultId].Name, adults[a.AdultId].DateOfBirth)).ToList();
            });
    }
}

internal static class NoticeGraph
{
    private const string Who = "Domestic Abuse working group.";

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<IntakeResultGraphType>>("recordProtectionNotice")
            .Description($"Records one Public Protection Notice. The same police reference sent again is reported as DUPLICATE and stored once; an invalid notice fails with VALIDATION. {Who}")
            .Argument<NonNullGraphType<ProtectionNoticeInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var result = (await Intake(c).RecordAsync([c.GetArgument<ProtectionNoticeInput>("input")], c.User!.Actor(), c.CancellationToken)).Single();
                if (result.Outcome == IntakeOutcome.Rejected)
                    throw new PartnershipError(ErrorCodes.Validation,
                        result.Problems.Count == 1 ? result.Problems[0].Message : "Some details need correcting: " + string.Join(" ", result.Problems.Select(p => p.Message)), result.Problems);
                return result;
            });

        slice.Mutation.Field<NonNullGraphType<IntakeBatchGraphType>>("recordProtectionNotices")
            .Description($"Records a batch of Public Protection Notices (up to {NoticeIntake.MaxBatch}) as police systems send them. Each notice is STORED, DUPLICATE or REJECTED with its problems; one bad notice does not fail the others. {Who}")
            .Argument<NonNullGraphType<ListGraphType<ProtectionNoticeInputType>>>("notices")
            .Allow(Access.WorkingGroupMember)
            .ChecksItemByItem()
            .ResolveAsync(async c =>
            {
                var notices = c.GetArgument<List<ProtectionNoticeInput?>>("notices") ?? [];
                new InputCheck().Require(notices.Count is > 0 and <= NoticeIntake.MaxBatch, "notices", $"Send between 1 and {NoticeIntake.MaxBatch} notices in a batch ({notices.Count} were sent).").ThrowIfInvalid();
                return new IntakeBatch(await Intake(c).RecordAsync(notices, c.User!.Actor(), c.CancellationToken));
            });

        slice.Query.Field<NonNullGraphType<ProtectionNoticeGraphType>>("protectionNotice")
            .Description($"One notice, with its children (subject ids) and adults. {Who}")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The notice");
                return await Notices(c.Service<DomesticAbuseDbContext>()).FirstOrDefaultAsync(n => n.Id == id, c.CancellationToken)
                       ?? throw PartnershipError.NotFound("protection notice", id);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProtectionNoticeGraphType>>>>("protectionNotices").WithComplexityImpact(1, 10)
            .Description($"Notices by incident date (most recent first, at most 500), optionally for one child or one adult (police person reference). {Who}")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Argument<IdGraphType>("subjectId").Argument<StringGraphType>("personReference")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var check = new InputCheck();
                var subjectText = c.GetArgument<string?>("subjectId");
                var subjectId = subjectText is null ? (Guid?)null : check.ParseId(subjectText, "subjectId", "The child's subject id");
                check.ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                var query = Notices(db);
                if (c.GetArgument<DateOnly?>("from") is { } from) { var at = UkTime.At(from, TimeOnly.MinValue); query = query.Where(n => n.IncidentAt >= at); }
                if (c.GetArgument<DateOnly?>("to") is { } to) { var at = UkTime.At(to.AddDays(1), TimeOnly.MinValue); query = query.Where(n => n.IncidentAt < at); }
                if (subjectId is { } s) query = query.Where(n => n.Children.Any(x => x.SubjectId == s));
                if (c.GetArgument<string?>("personReference") is { Length: > 0 } person)
                {
                    var reference = person.Trim().ToUpperInvariant();
                    var adultId = await db.Adults.Where(a => a.PersonReference == reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(c.CancellationToken);
                    query = query.Where(n => n.Adults.Any(x => x.AdultId == adultId));
                }
                return await query.OrderByDescending(n => n.IncidentAt).Take(500).ToListAsync(c.CancellationToken);
            });
    }

    private static IQueryable<ProtectionNotice> Notices(DomesticAbuseDbContext db) => ProtectionNotices.WithPeople(db);

    private static NoticeIntake Intake(IResolveFieldContext c) => c.Service<NoticeIntake>();
}
