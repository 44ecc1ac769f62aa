using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.ReturnHomeInterviews;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>Intelligence intake (missing and custody episodes, exploitation concerns, adults of concern, locations) and return home interviews.</summary>
internal static class IntelligenceGraph
{
    /// <summary>How far back intelligence may be recorded.</summary>
    private const int MaxYearsBack = 2;

    private static InputCheck NotFuture(this InputCheck check, DateTimeOffset? instant, DateTimeOffset now, string field, string label)
    {
        if (instant is not { } i) return check;
        return check.Require(i <= now, field, $"{label} cannot be in the future (it is now {UkDisplay.Show(now)}).")
            .Require(i >= now.AddYears(-MaxYearsBack), field, $"{label} must be within the last {MaxYearsBack} years.");
    }

    private static InputCheck ReturnAfterMissing(this InputCheck check, DateTimeOffset wentMissingAt, DateTimeOffset? returnedAt) =>
        check.Require(returnedAt is null || returnedAt >= wentMissingAt, "returnedAt",
            $"A young person cannot return before going missing: they went missing at {UkDisplay.Show(wentMissingAt)}" +
            (returnedAt is { } r ? $" and the return given is {UkDisplay.Show(r)}." : "."));

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Subject.Field<NonNullGraphType<YoungPersonRecordGraphType>>("adolescents")
            .Description("The young person's missing and custody episodes, return home interviews, exploitation concerns and safety plan. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => (object?)await RecordOfAsync(c.Service<AdolescentsDbContext>(), c.Source.Value, c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdultOfConcernGraphType>>>>("adultsOfConcern").WithComplexityImpact(1, 20)
            .Description("Adults of concern, by reference. Their details are read one at a time, audited. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => (object?)await c.Service<AdolescentsDbContext>().AdultsOfConcern.AsNoTracking().OrderBy(a => a.Reference).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocationGraphType>>>>("adolescentLocations").WithComplexityImpact(1, 20)
            .Description("Locations linked to young people at risk. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => (object?)await c.Service<AdolescentsDbContext>().Locations.AsNoTracking().OrderBy(l => l.Name).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingEpisodeGraphType>>>>("overdueReturnHomeInterviews").WithComplexityImpact(1, 20)
            .Description("Returns from missing episodes with no return home interview offered within 72 hours, oldest first. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var now = c.Service<TimeProvider>().GetUtcNow();
                return await c.Service<AdolescentsDbContext>().MissingEpisodes.AsNoTracking()
                    .Where(e => e.InterviewDueBy != null && e.InterviewDueBy < now && e.InterviewOfferedAt == null)
                    .OrderBy(e => e.InterviewDueBy).ToListAsync(c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<InterviewFiguresGraphType>>("returnHomeInterviewFigures")
            .Description("Returns in a period (UK dates, inclusive) and how many were offered an interview within 72 hours. Counts only: Adolescents working group, scrutineer, administrators.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var (from, to) = Period.Read(c, 3660, "ten years");
                var now = c.Service<TimeProvider>().GetUtcNow();
                var start = UkTime.At(from, TimeOnly.MinValue);
                var end = UkTime.At(to.AddDays(1), TimeOnly.MinValue);
                var returns = await c.Service<AdolescentsDbContext>().MissingEpisodes.AsNoTracking()
                    .Where(e => e.ReturnedAt >= start && e.ReturnedAt < end).ToListAsync(c.CancellationToken);
                var statuses = returns.Select(e => Uk.StatusOf(e, now)).ToList();
                return new InterviewFigures
                {
                    From = from, To = to, Returns = returns.Count,
                    OfferedOnTime = statuses.Count(s => s == InterviewStatus.OfferedOnTime), OfferedLate = statuses.Count(s => s == InterviewStatus.OfferedLate),
                    Overdue = statuses.Count(s => s == InterviewStatus.Overdue), Awaiting = statuses.Count(s => s == InterviewStatus.Awaiting),
                };
            });

        slice.Mutation.Field<NonNullGraphType<AdultOfConcernGraphType>>("recordAdultOfConcern")
            .Description("Records an adult of concern, held only in this module and given a reference. Adolescents working group.")
            .Argument<NonNullGraphType<RecordAdultOfConcernInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordAdultOfConcernInput>("input");
                new InputCheck().RequireText(input.Name, "name", "The adult's name", 200)
                    .OptionalText(input.KnownAs, "knownAs", "Known as", 200).OptionalText(input.Notes, "notes", "The notes", 2000).ThrowIfInvalid();
                var db = c.Service<AdolescentsDbContext>();
                var id = Guid.NewGuid();
                var adult = new AdultOfConcern
                {
                    Id = id, Reference = AdultOfConcern.ReferenceFor(id), Name = input.Name!.Trim(), KnownAs = input.KnownAs?.Trim(), Notes = input.Notes?.Trim(),
                    RecordedAt = c.Service<TimeProvider>().GetUtcNow(), RecordedBy = c.User!.Actor(),
                };
                db.AdultsOfConcern.Add(adult);
                await db.SaveChangesAsync(c.CancellationToken);
                return adult;
            });

        slice.Mutation.Field<NonNullGraphType<LocationGraphType>>("recordAdolescentLocation")
            .Description("Records a location linked to young people at risk. Adolescents working group.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<StringGraphType>("kind", "e.g. address, park, transport hub.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("name");
                var kind = c.GetArgument<string?>("kind");
                new InputCheck().RequireText(name, "name", "The location's name", 300).OptionalText(kind, "kind", "The kind of place", 100).ThrowIfInvalid();
                var db = c.Service<AdolescentsDbContext>();
                var location = new Location { Id = Guid.NewGuid(), Name = name.Trim(), Kind = kind?.Trim(), RecordedAt = c.Service<TimeProvider>().GetUtcNow() };
                db.Locations.Add(location);
                await db.SaveChangesAsync(c.CancellationToken);
                return location;
            });

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("recordMissingEpisode")
            .Description("Records that a young person went missing (and, if known, returned), from a reporting agency, linked to adults and locations. Adolescents working group.")
            .Argument<NonNullGraphType<RecordMissingEpisodeInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordMissingEpisodeInput>("input");
                var now = c.Service<TimeProvider>().GetUtcNow();
                var check = new InputCheck();
                var intake = await Intake.ReadAsync(c, check, input);
                check.NotFuture(input.WentMissingAt, now, "wentMissingAt", "The time the young person went missing")
                    .NotFuture(input.ReturnedAt, now, "returnedAt", "The time of return")
                    .ReturnAfterMissing(input.WentMissingAt, input.ReturnedAt)
                    .OptionalText(input.WhereFound, "whereFound", "Where found", 500)
                    .ThrowIfInvalid();
                await intake.RequireKnownAsync(c);
                var db = c.Service<AdolescentsDbContext>();
                var open = await db.MissingEpisodes.AsNoTracking().Where(e => e.SubjectId == intake.SubjectId && e.ReturnedAt == null)
                    .Select(e => (DateTimeOffset?)e.WentMissingAt).FirstOrDefaultAsync(c.CancellationToken);
                if (open is { } since)
                    throw PartnershipError.Conflict($"This young person has been missing since {UkDisplay.Show(since)}. Record their return before a new episode.");
                var episode = new MissingEpisode
                {
                    Id = Guid.NewGuid(), SubjectId = intake.SubjectId, ReportingAgency = intake.Agency, WentMissingAt = input.WentMissingAt.ToUniversalTime(),
                    RecordedAt = now, RecordedBy = c.User!.Actor(),
                };
                db.MissingEpisodes.Add(episode);
                db.Links.AddRange(intake.Links(IntelligenceSource.MissingEpisode, episode.Id, episode.WentMissingAt));
                db.Publish(episode.Recorded(input.ReturnedAt));
                if (input.ReturnedAt is { } returned) db.Publish(episode.Return(returned, input.WhereFound));
                await db.SaveChangesAsync(c.CancellationToken);
                await intake.EnrolAsync(c);
                return episode;
            });

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("recordYoungPersonReturn")
            .Description("Records that a missing young person returned; a return home interview is then due within 72 hours. Adolescents working group.")
            .Argument<NonNullGraphType<RecordReturnInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordReturnInput>("input");
                var now = c.Service<TimeProvider>().GetUtcNow();
                var check = new InputCheck();
                var id = check.ParseId(input.EpisodeId, "episodeId", "The missing episode");
                var locations = Intake.ParseIds(check, input.LocationIds, "locationIds", "A location");
                check.NotFuture(input.ReturnedAt, now, "returnedAt", "The time of return").OptionalText(input.WhereFound, "whereFound", "Where found", 500).ThrowIfInvalid();
                var db = c.Service<AdolescentsDbContext>();
                var episode = await db.MissingEpisodes.FirstOrDefaultAsync(e => e.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("missing episode", id);
                new InputCheck().ReturnAfterMissing(episode.WentMissingAt, input.ReturnedAt).ThrowIfInvalid();
                if (episode.ReturnedAt is { } r) throw PartnershipError.Conflict($"This young person's return was already recorded, at {UkDisplay.Show(r)}.");
                var known = await db.Locations.AsNoTracking().Where(l => locations.Contains(l.Id)).Select(l => l.Id).ToListAsync(c.CancellationToken);
                if (locations.Except(known).FirstOrDefault() is var unknown && unknown != Guid.Empty) throw PartnershipError.NotFound("location", unknown);
                db.Publish(episode.Return(input.ReturnedAt, input.WhereFound));
                db.Links.AddRange(locations.Select(l => new IntelligenceLink
                {
                    Id = Guid.NewGuid(), SubjectId = episode.SubjectId, Source = IntelligenceSource.MissingEpisode, SourceId = episode.Id,
                    OccurredAt = input.ReturnedAt.ToUniversalTime(), LocationId = l,
                }));
                await db.SaveChangesAsync(c.CancellationToken);
                return episode;
            });

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("offerReturnHomeInterview")
            .Description("Records that a return home interview was offered; on time when within 72 hours of the return. Adolescents working group.")
            .Argument<NonNullGraphType<OfferInterviewInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OfferInterviewInput>("input");
                var now = c.Service<TimeProvider>().GetUtcNow();
                var check = new InputCheck();
                var id = check.ParseId(input.EpisodeId, "episodeId", "The missing episode");
                var agency = await Intake.ReportingAgencyAsync(c, check, input.OfferingAgency, "offeringAgency");
                check.NotFuture(input.OfferedAt, now, "offeredAt", "The time the interview was offered").ThrowIfInvalid();
                var db = c.Service<AdolescentsDbContext>();
                var episode = await db.MissingEpisodes.FirstOrDefaultAsync(e => e.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("missing episode", id);
                if (episode.ReturnedAt is not { } returned) throw PartnershipError.Conflict("The young person has not been recorded as returned; record the return first.");
                if (episode.InterviewOfferedAt is { } offered) throw PartnershipError.Conflict($"A return home interview was already offered, at {UkDisplay.Show(offered)}.");
                new InputCheck().Require(input.OfferedAt >= returned, "offeredAt", $"The interview cannot be offered before the return ({UkDisplay.Show(returned)}).").ThrowIfInvalid();
                db.Publish(episode.OfferInterview(agency, input.OfferedAt));
                await db.SaveChangesAsync(c.CancellationToken);
                return episode;
            });

        slice.Mutation.Field<NonNullGraphType<CustodyEpisodeGraphType>>("recordCustodyEpisode")
            .Description("Records that a young person was detained in custody, linked to adults and locations. Adolescents working group.")
            .Argument<NonNullGraphType<RecordCustodyEpisodeInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordCustodyEpisodeInput>("input");
                var now = c.Service<TimeProvider>().GetUtcNow();
                var check = new InputCheck();
                var intake = await Intake.ReadAsync(c, check, input);
                check.NotFuture(input.DetainedAt, now, "detainedAt", "The time of detention")
                    .NotFuture(input.ReleasedAt, now, "releasedAt", "The time of release")
                    .Require(input.ReleasedAt is null || input.ReleasedAt >= input.DetainedAt, "releasedAt", "A young person cannot be released before being detained.")
                    .ThrowIfInvalid();
                await intake.RequireKnownAsync(c);
                var db = c.Service<AdolescentsDbContext>();
                var episode = new CustodyEpisode
                {
                    Id = Guid.NewGuid(), SubjectId = intake.SubjectId, ReportingAgency = intake.Agency, DetainedAt = input.DetainedAt.ToUniversalTime(),
                    ReleasedAt = input.ReleasedAt?.ToUniversalTime(), RecordedAt = now, RecordedBy = c.User!.Actor(),
                };
                db.CustodyEpisodes.Add(episode);
                db.Links.AddRange(intake.Links(IntelligenceSource.CustodyEpisode, episode.Id, episode.DetainedAt));
                db.Publish(episode.Recorded());
                await db.SaveChangesAsync(c.CancellationToken);
                await intake.EnrolAsync(c);
                return episode;
            });

        slice.Mutation.Field<NonNullGraphType<CustodyEpisodeGraphType>>("recordCustodyRelease")
            .Description("Records that a young person was released from custody. Adolescents working group.")
            .Argument<NonNullGraphType<IdGraphType>>("episodeId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("releasedAt")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var releasedAt = c.GetArgument<DateTimeOffset>("releasedAt");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("episodeId"), "episodeId", "The custody episode");
                check.NotFuture(releasedAt, c.Service<TimeProvider>().GetUtcNow(), "releasedAt", "The time of release").ThrowIfInvalid();
                var db = c.Service<AdolescentsDbContext>();
                var episode = await db.CustodyEpisodes.FirstOrDefaultAsync(e => e.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("custody episode", id);
                if (episode.ReleasedAt is { } r) throw PartnershipError.Conflict($"The release was already recorded, at {UkDisplay.Show(r)}.");
                new InputCheck().Require(releasedAt >= episode.DetainedAt, "releasedAt", $"A young person cannot be released before being detained ({UkDisplay.Show(episode.DetainedAt)}).").ThrowIfInvalid();
                episode.ReleasedAt = releasedAt.ToUniversalTime();
                await db.SaveChangesAsync(c.CancellationToken);
                return episode;
            });

        slice.Mutation.Field<NonNullGraphType<ExploitationConcernGraphType>>("recordExploitationConcern")
            .Description("Records an exploitation concern (criminal, including county lines, or sexual) with its indicators. Adolescents working group.")
            .Argument<NonNullGraphType<RecordExploitationConcernInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordExploitationConcernInput>("input");
                var clock = c.Service<TimeProvider>();
                var today = clock.Today();
                var indicators = (input.Indicators ?? []).Select(i => i?.Trim() ?? "").ToList();
                var check = new InputCheck();
                var intake = await Intake.ReadAsync(c, check, input);
                check.Require(indicators.Count is >= 1 and <= 30, "indicators", "Record between 1 and 30 indicators.")
                    .Require(indicators.All(i => i.Length is >= 1 and <= 200), "indicators", "Each indicator must be 1 to 200 characters.")
                    .Require(!input.CountyLines || input.Kind == ExploitationKind.Criminal, "countyLines", "County lines is a form of criminal exploitation; choose CRIMINAL.")
                    .Require(input.ReportedOn <= today, "reportedOn", $"The day reported cannot be in the future (today is {today:d MMMM yyyy}).")
                    .Require(input.ReportedOn >= today.AddYears(-MaxYearsBack), "reportedOn", $"The day reported must be within the last {MaxYearsBack} years.")
                    .OptionalText(input.Summary, "summary", "The summary", 2000)
                    .ThrowIfInvalid();
                await intake.RequireKnownAsync(c);
                var db = c.Service<AdolescentsDbContext>();
                var concern = new ExploitationConcern
                {
                    Id = Guid.NewGuid(), SubjectId = intake.SubjectId, ReportingAgency = intake.Agency, Kind = input.Kind, CountyLines = input.CountyLines,
                    Indicators = indicators, IndicatorCount = indicators.Count, ReportedOn = input.ReportedOn, Summary = input.Summary?.Trim(),
                    RecordedAt = clock.GetUtcNow(), RecordedBy = c.User!.Actor(),
                };
                db.ExploitationConcerns.Add(concern);
                db.Links.AddRange(intake.Links(IntelligenceSource.ExploitationConcern, concern.Id, UkTime.At(concern.ReportedOn, new TimeOnly(12, 0))));
                db.Publish(concern.Recorded());
                await db.SaveChangesAsync(c.CancellationToken);
                await intake.EnrolAsync(c);
                return concern;
            });
    }

    public static async Task<YoungPersonRecord> RecordOfAsync(AdolescentsDbContext db, Guid subjectId, CancellationToken ct)
    {
        var missing = await db.MissingEpisodes.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderByDescending(e => e.WentMissingAt).ToListAsync(ct);
        var custody = await db.CustodyEpisodes.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderByDescending(e => e.DetainedAt).ToListAsync(ct);
        var concerns = await db.ExploitationConcerns.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderByDescending(e => e.ReportedOn).ToListAsync(ct);
        var plan = await SafetyPlans.SafetyPlanReviews.LoadAsync(db, subjectId, ct);
        return new YoungPersonRecord(subjectId, missing, custody, concerns, plan);
    }
}
