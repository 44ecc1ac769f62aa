using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Scrutiny.Contracts;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Scrutiny.Recommendations;

public sealed class ScrutinyThemeGraphType : EnumerationGraphType<ScrutinyTheme> { public ScrutinyThemeGraphType() => Name = "ScrutinyTheme"; }
public sealed class RecommendationKindGraphType : EnumerationGraphType<RecommendationKind> { public RecommendationKindGraphType() => Name = "ScrutinyRecommendationKind"; }
public sealed class RecommendationStatusGraphType : EnumerationGraphType<RecommendationStatus> { public RecommendationStatusGraphType() => Name = "ScrutinyRecommendationStatus"; }

public sealed class RecommendationChangeGraphType : ObjectGraphType<RecommendationChange>
{
    public RecommendationChangeGraphType()
    {
        Name = "ScrutinyRecommendationChange";
        Field<NonNullGraphType<RecommendationStatusGraphType>>("fromStatus").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<RecommendationStatusGraphType>>("toStatus").Resolve(c => c.Source.ToStatus);
        Field(x => x.ChangedBy);
        Field(x => x.ChangedAt);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class RecommendationGraphType : ObjectGraphType<Recommendation>
{
    public RecommendationGraphType()
    {
        Name = "ScrutinyRecommendation";
        Description = "An item of the independent scrutineer's annual judgement, tracked to closure.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Year);
        Field<NonNullGraphType<ScrutinyThemeGraphType>>("theme").Resolve(c => c.Source.Theme);
        Field<NonNullGraphType<RecommendationKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Text).Description("The scrutineer's words.");
        Field(x => x.Finding, nullable: true);
        Field(x => x.Owner, nullable: true);
        Field(x => x.DueOn, nullable: true);
        Field(x => x.Response, nullable: true);
        Field<NonNullGraphType<RecommendationStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.ClosureEvidence, nullable: true);
        Field(x => x.ClosedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationChangeGraphType>>>>("history")
            .Description("Status changes, oldest first.")
            .ResolveAsync(async c => (object?)await c.Service<ScrutinyDbContext>().RecommendationChanges.AsNoTracking()
                .Where(h => h.RecommendationId == c.Source.Id).OrderBy(h => h.Id).ToListAsync(c.CancellationToken));
    }
}

public sealed class AddRecommendationInput
{
    public string? Year { get; set; }
    public ScrutinyTheme Theme { get; set; }
    public RecommendationKind Kind { get; set; }
    public string? Text { get; set; }
    public string? Finding { get; set; }
}

public sealed class AddRecommendationInputType : InputObjectGraphType<AddRecommendationInput>
{
    public AddRecommendationInputType()
    {
        Name = "AddScrutinyRecommendationInput";
        Field(x => x.Year).Description("The financial year of the judgement, e.g. 2024/25.");
        Field<NonNullGraphType<ScrutinyThemeGraphType>>("theme");
        Field<NonNullGraphType<RecommendationKindGraphType>>("kind");
        Field(x => x.Text);
        Field(x => x.Finding, nullable: true);
    }
}

internal static class RecommendationGraph
{
    public const string AuditAction = "recommendation.status";

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationGraphType>>>>("scrutinyRecommendations")
            .Description("The independent scrutineer's recommendations, by year and theme.")
            .Argument<StringGraphType>("year")
            .Argument<RecommendationStatusGraphType>("status")
            .Allow(ScorecardGraph.Readers)
            .ResolveAsync(async c =>
            {
                var q = c.Service<ScrutinyDbContext>().Recommendations.AsNoTracking();
                if (c.GetArgument<string?>("year") is { } y) q = q.Where(r => r.Year == YearText.Normalise(y));
                if (c.GetArgument<RecommendationStatus?>("status") is { } s) q = q.Where(r => r.Status == s);
                return (await q.ToListAsync(c.CancellationToken)).OrderBy(r => r.Year, StringComparer.Ordinal).ThenBy(r => r.Theme).ThenBy(r => r.RecordedAt).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("addScrutinyRecommendation")
            .Description("Records an item of the scrutineer's judgement, open. The scrutineer.")
            .Argument<NonNullGraphType<AddRecommendationInputType>>("input")
            .Allow(Access.Scrutineer)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddRecommendationInput>("input");
                var db = c.Service<ScrutinyDbContext>();
                var clock = c.Service<TimeProvider>();
                new InputCheck()
                    .Require(YearText.TryParse(input.Year, out _), "year", "The year must look like 2024/25.")
                    .RequireText(input.Text, "text", "The recommendation", 2000)
                    .OptionalText(input.Finding, "finding", "The finding", 4000)
                    .ThrowIfInvalid();
                var r = new Recommendation
                {
                    Id = Guid.NewGuid(), Year = YearText.Normalise(input.Year!), Theme = input.Theme, Kind = input.Kind, Text = input.Text!.Trim(),
                    Finding = string.IsNullOrWhiteSpace(input.Finding) ? null : input.Finding.Trim(), Status = RecommendationStatus.Open, RecordedAt = clock.GetUtcNow(),
                };
                db.Recommendations.Add(r);
                await db.SaveChangesAsync(c.CancellationToken);
                return r;
            });

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("assignRecommendationOwner")
            .Description("Names the body or agency that owns the response, and when it is due. Administrators and the scrutineer.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("owner")
            .Argument<DateOnlyGraphType>("dueOn")
            .Allow(Access.Administrator | Access.Scrutineer)
            .ResolveAsync(async c =>
            {
                var owner = c.GetArgument<string>("owner");
                var dueOn = c.GetArgument<DateOnly?>("dueOn");
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("id"), "id", "The recommendation");
                check.RequireText(owner, "owner", "The owner", 200)
                    .Require(dueOn is null || dueOn >= today, "dueOn", $"The due date cannot be in the past (today is {today:d MMMM yyyy}).")
                    .Require(dueOn is null || dueOn <= today.AddYears(3), "dueOn", "The due date must be within three years.")
                    .ThrowIfInvalid();
                var (db, r) = await OpenAsync(c, id);
                r.Owner = owner.Trim();
                r.DueOn = dueOn;
                await db.SaveChangesAsync(c.CancellationToken);
                return r;
            });

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("respondToRecommendation")
            .Description("Records the owner's response; an open recommendation becomes in progress. Administrators and the scrutineer; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("response")
            .Allow(Access.Administrator | Access.Scrutineer)
            .ResolveAsync(async c =>
            {
                var response = c.GetArgument<string>("response");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("id"), "id", "The recommendation");
                check.RequireText(response, "response", "The response", 4000).ThrowIfInvalid();
                var (db, r) = await OpenAsync(c, id);
                if (r.Owner is null) throw PartnershipError.Conflict("Name the recommendation's owner before recording their response.");
                r.Response = response.Trim();
                return await ChangeStatusAsync(c, db, r, RecommendationStatus.InProgress, "Response recorded");
            });

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("closeRecommendation")
            .Description("Closes a recommendation with the evidence that it was met. The scrutineer only; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("evidence")
            .Allow(Access.Scrutineer)
            .ResolveAsync(async c =>
            {
                var evidence = c.GetArgument<string>("evidence");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("id"), "id", "The recommendation");
                check.RequireText(evidence, "evidence", "The evidence", 4000).ThrowIfInvalid();
                var (db, r) = await OpenAsync(c, id);
                if (r.Response is null) throw PartnershipError.Conflict("A recommendation is closed on its owner's response; record the response first.");
                r.ClosureEvidence = evidence.Trim();
                r.ClosedOn = c.Service<TimeProvider>().Today();
                return await ChangeStatusAsync(c, db, r, RecommendationStatus.Closed, r.ClosureEvidence);
            });

        slice.Mutation.Field<NonNullGraphType<RecommendationGraphType>>("reopenRecommendation")
            .Description("Reopens a closed recommendation, with the reason. The scrutineer only; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.Scrutineer)
            .ResolveAsync(async c =>
            {
                var reason = c.GetArgument<string>("reason");
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("id"), "id", "The recommendation");
                check.RequireText(reason, "reason", "The reason", 4000).ThrowIfInvalid();
                var db = c.Service<ScrutinyDbContext>();
                var r = await db.Recommendations.FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("recommendation", id);
                if (r.Status != RecommendationStatus.Closed) throw PartnershipError.Conflict("Only a closed recommendation can be reopened.");
                r.ClosedOn = null;
                r.ClosureEvidence = null;
                return await ChangeStatusAsync(c, db, r, RecommendationStatus.InProgress, reason.Trim());
            });
    }

    /// <summary>The recommendation, which must not be closed.</summary>
    private static async Task<(ScrutinyDbContext, Recommendation)> OpenAsync(IResolveFieldContext c, Guid id)
    {
        var db = c.Service<ScrutinyDbContext>();
        var r = await db.Recommendations.FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("recommendation", id);
        if (r.Status == RecommendationStatus.Closed) throw PartnershipError.Conflict($"This recommendation was closed on {r.ClosedOn:d MMMM yyyy}; reopen it first.");
        return (db, r);
    }

    /// <summary>Records the change in the history, publishes it, saves once, then writes the audit entry.</summary>
    private static async Task<Recommendation> ChangeStatusAsync(IResolveFieldContext c, ScrutinyDbContext db, Recommendation r, RecommendationStatus to, string? note)
    {
        var from = r.Status;
        var actor = c.User!.Actor();
        r.Status = to;
        db.RecommendationChanges.Add(new RecommendationChange
        {
            RecommendationId = r.Id, FromStatus = from, ToStatus = to, ChangedBy = actor, ChangedAt = c.Service<TimeProvider>().GetUtcNow(), Note = note,
        });
        db.Publish(new ScrutinyRecommendationStatusChanged(r.Id, r.Year, Code(r.Theme), Code(from), Code(to), r.Owner));
        await db.SaveChangesAsync(c.CancellationToken);
        await c.Service<IAuditLog>().RecordAsync(new AuditEntry(actor, AuditAction, Module: ScrutinyModule.ModuleName,
            Detail: $"Recommendation {r.Id} ({r.Year}, {r.Theme}): {from} -> {to}"), c.CancellationToken);
        return r;
    }

    /// <summary>RELEVANT_AGENCIES for RelevantAgencies: the form GraphQL enums and events use.</summary>
    public static string Code<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}
