using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Partners;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.ReturnHomeInterviews;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.Briefing;

public sealed class AgreeResponseInput
{
    public string? EntryId { get; set; }
    public string? Action { get; set; }
    public List<string>? OwningAgencies { get; set; }
    public DateTimeOffset DueAt { get; set; }
}

public sealed class AgreeResponseInputType : InputObjectGraphType<AgreeResponseInput>
{
    public AgreeResponseInputType()
    {
        Name = "AgreeBriefingResponseInput";
        Field<NonNullGraphType<IdGraphType>>("entryId").Description("An entry of a published briefing.");
        Field(x => x.Action).Description("What the partners agreed to do.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("owningAgencies").Description("The partnership's agencies that own the response.");
        Field(x => x.DueAt).Description("By when (within 14 days).");
    }
}

public sealed class DailyBriefingGraphType : ObjectGraphType<BriefingView>
{
    public DailyBriefingGraphType()
    {
        Name = "DailyIntelligenceBriefing";
        Description = "The young people most at risk at the end of a UK day, in priority order, with the reasons and the agreed responses.";
        Field<IdGraphType>("id").Description("Set once published.").Resolve(c => c.Source.Id);
        Field(x => x.Date);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("asOf").Description("The end of the day in UK time: the data the briefing was made from.").Resolve(c => UkTime.ToUk(c.Source.AsOf));
        Field(x => x.Published);
        Field<DateTimeOffsetGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt is { } p ? UkTime.ToUk(p) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BriefingEntryGraphType>>>>("entries").WithComplexityImpact(1, 50).Resolve(c => c.Source.Entries);
        Field(x => x.ResponsesDueFromPreviousDay).Description("Responses agreed on the previous day's published briefing.");
        Field(x => x.ResponsesDoneFromPreviousDay).Description("Of those, how many were done by the end of this briefing's day.");
    }
}

public sealed class BriefingEntryGraphType : ObjectGraphType<BriefingEntryView>
{
    public BriefingEntryGraphType()
    {
        Name = "DailyIntelligenceBriefingEntry";
        Field<IdGraphType>("id").Description("Set once the briefing is published; responses are agreed against it.").Resolve(c => c.Source.Id);
        Field(x => x.Rank);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<BriefingReason>>>>>("reasonCodes")
            .Resolve(c => c.Source.ReasonCodes.Select(Enum.Parse<BriefingReason>).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("The reasons in plain words.").Resolve(c => c.Source.Reasons);
        Field<AgreedResponseGraphType>("response").Description("The response agreed for this entry.").Resolve(c => c.Source.Response);
        Field<PreviousResponseGraphType>("previousResponse").Description("The response agreed for this young person on the previous day's briefing, and whether it was done.")
            .Resolve(c => c.Source.PreviousResponse);
    }
}

public sealed class AgreedResponseGraphType : ObjectGraphType<AgreedResponse>
{
    public AgreedResponseGraphType()
    {
        Name = "BriefingAgreedResponse";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Action);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("owningAgencies").Resolve(c => c.Source.OwningAgencies);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt").Resolve(c => UkTime.ToUk(c.Source.DueAt));
        Field<DateTimeOffsetGraphType>("doneAt").Resolve(c => c.Source.DoneAt is { } d ? UkTime.ToUk(d) : null);
        Field(x => x.Outcome, nullable: true);
    }
}

public sealed class PreviousResponseGraphType : ObjectGraphType<PreviousResponseView>
{
    public PreviousResponseGraphType()
    {
        Name = "BriefingPreviousResponse";
        Field<NonNullGraphType<AgreedResponseGraphType>>("response").Resolve(c => c.Source.Response);
        Field(x => x.Done).Description("Done by the end of this briefing's day.");
    }
}

public sealed record BriefingFigures(DateOnly Date, int Entries, int NewMissing, int MissingNow, int InCustody, int ExploitationRising, int RepeatMissing, int ResponsesAgreed, int ResponsesDone);

public sealed class BriefingFiguresGraphType : ObjectGraphType<BriefingFigures>
{
    public BriefingFiguresGraphType()
    {
        Name = "DailyIntelligenceBriefingFigures";
        Description = "A published briefing in counts only: no young person is identified.";
        Field(x => x.Date);
        Field(x => x.Entries);
        Field(x => x.NewMissing);
        Field(x => x.MissingNow);
        Field(x => x.InCustody);
        Field(x => x.ExploitationRising);
        Field(x => x.RepeatMissing);
        Field(x => x.ResponsesAgreed);
        Field(x => x.ResponsesDone);
    }
}

internal static class BriefingGraph
{
    private const int MaxResponseDays = 14;

    private static DateOnly NotFuture(IResolveFieldContext c)
    {
        var date = c.GetArgument<DateOnly>("date");
        var today = c.Service<TimeProvider>().Today();
        new InputCheck().Require(date <= today, "date", $"A briefing cannot be made for a day that has not happened yet (today is {today:d MMMM yyyy}).")
            .Require(date > today.AddYears(-2), "date", "A briefing can be made for the last two years only.")
            .ThrowIfInvalid();
        return date;
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<DailyBriefingGraphType>>("dailyIntelligenceBriefing")
            .Description("The Daily Intelligence Briefing for a UK date: the published one if there is one, otherwise generated now from the data as of the end of that date. Adolescents working group.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var date = NotFuture(c);
                var generator = c.Service<DailyBriefingGenerator>();
                return await generator.PublishedAsync(date, c.CancellationToken) ?? await generator.GenerateAsync(date, c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BriefingFiguresGraphType>>>>("dailyIntelligenceBriefingFigures")
            .Description("Published briefings between two dates (inclusive), counts only. Adolescents working group, scrutineer, administrators.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.Period(366, "a year").From, c.Period(366, "a year").To);
                var db = c.Service<AdolescentsDbContext>();
                var briefings = await db.Briefings.AsNoTracking().Include(b => b.Entries).Where(b => b.BriefingDate >= from && b.BriefingDate <= to)
                    .OrderBy(b => b.BriefingDate).ToListAsync(c.CancellationToken);
                var ids = briefings.Select(b => b.Id).ToList();
                var responses = await db.Responses.AsNoTracking().Where(r => ids.Contains(r.BriefingId))
                    .Select(r => new { r.BriefingId, r.DoneAt }).ToListAsync(c.CancellationToken);
                int With(DailyBriefing b, BriefingReason reason) => b.Entries.Count(e => e.ReasonCodes.Contains(reason.ToString()));
                return briefings.Select(b => new BriefingFigures(b.BriefingDate, b.Entries.Count,
                    With(b, BriefingReason.NewMissingEpisode), With(b, BriefingReason.MissingNow), With(b, BriefingReason.InCustody),
                    With(b, BriefingReason.ExploitationRising), With(b, BriefingReason.RepeatMissing),
                    responses.Count(r => r.BriefingId == b.Id), responses.Count(r => r.BriefingId == b.Id && r.DoneAt != null))).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<DailyBriefingGraphType>>("publishDailyIntelligenceBriefing")
            .Description("Publishes the briefing for a UK date (not in the future): stores its entries and reasons, and tells Scrutiny the counts. Once per date. Adolescents working group.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("date")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var date = NotFuture(c);
                var generator = c.Service<DailyBriefingGenerator>();
                await generator.PublishAsync(date, c.User!.Actor(), c.Service<TimeProvider>().GetUtcNow(), c.CancellationToken);
                return await generator.PublishedAsync(date, c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<AgreedResponseGraphType>>("agreeBriefingResponse")
            .Description("Records the response the partners agreed for an entry of a published briefing: what, which agencies own it, and by when. One per entry. Adolescents working group.")
            .Argument<NonNullGraphType<AgreeResponseInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AgreeResponseInput>("input");
                var now = c.Service<TimeProvider>().GetUtcNow();
                var db = c.Service<AdolescentsDbContext>();
                var check = new InputCheck();
                var entryId = check.ParseId(input.EntryId, "entryId", "The briefing entry");
                var named = (input.OwningAgencies ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
                var (agencies, unknown) = await PartnerNames.ResolveAsync(db, named, c.CancellationToken);
                check.RequireText(input.Action, "action", "The agreed action", 2000)
                    .Require(named.Count > 0, "owningAgencies", "Name at least one owning agency.")
                    .Require(unknown.Count == 0, "owningAgencies", $"Not agencies of the partnership: {string.Join(", ", unknown)}.")
                    .Require(input.DueAt > now, "dueAt", $"The due time must be in the future (it is now {UkDisplay.Show(now)}).")
                    .Require(input.DueAt <= now.AddDays(MaxResponseDays), "dueAt", $"The due time must be within {MaxResponseDays} days.")
                    .ThrowIfInvalid();
                var entry = await db.BriefingEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("briefing entry", entryId);
                if (await db.Responses.AnyAsync(r => r.EntryId == entryId, c.CancellationToken))
                    throw PartnershipError.Conflict("A response has already been agreed for this entry.");
                var response = new AgreedResponse
                {
                    Id = Guid.NewGuid(), BriefingId = entry.BriefingId, EntryId = entry.Id, SubjectId = entry.SubjectId, Action = input.Action!.Trim(),
                    OwningAgencies = agencies, DueAt = input.DueAt.ToUniversalTime(), AgreedAt = now, AgreedBy = c.User!.Actor(),
                };
                db.Responses.Add(response);
                await db.SaveChangesAsync(c.CancellationToken);
                return response;
            });

        slice.Mutation.Field<NonNullGraphType<AgreedResponseGraphType>>("completeBriefingResponse")
            .Description("Records that an agreed response was done, with what came of it. The next day's briefing shows it. Adolescents working group.")
            .Argument<NonNullGraphType<IdGraphType>>("responseId")
            .Argument<StringGraphType>("outcome")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var outcome = c.GetArgument<string?>("outcome");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("responseId"), "responseId", "The agreed response");
                check.OptionalText(outcome, "outcome", "The outcome", 2000).ThrowIfInvalid();
                var db = c.Service<AdolescentsDbContext>();
                var response = await db.Responses.FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("agreed response", id);
                if (response.DoneAt is { } done) throw PartnershipError.Conflict($"This response was already recorded as done, at {UkDisplay.Show(done)}.");
                response.DoneAt = c.Service<TimeProvider>().GetUtcNow();
                response.DoneBy = c.User!.Actor();
                response.Outcome = outcome?.Trim();
                await db.SaveChangesAsync(c.CancellationToken);
                return response;
            });
    }
}
