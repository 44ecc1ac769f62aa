using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Persistence;
using Safeguarding.Governance.Contracts.Agencies;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Csa.Indicators;

internal static class IndicatorGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaIndicatorCategoryGraphType>>>>("csaIndicatorCategories")
            .Description("The categories of signs and indicators of child sexual abuse, in order.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<CsaDbContext>().Categories.AsNoTracking().OrderBy(x => x.Position).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<CsaChronologyGraphType>>("csaChronology")
            .Description("A child's signs and indicators in the order observed, with the flags raised. CSA working group; every read is audited.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var subjectId = InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");
                await CsaGraph.RequireSubjectAsync(c, subjectId);
                await CsaGraph.AuditReadAsync(c, subjectId, "csaChronology");
                return await ChronologyAsync(c.Service<CsaDbContext>(), subjectId, c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaDiscussionFlagGraphType>>>>("csaOpenFlags")
            .Description("Children flagged for a multi-agency discussion that has not yet been recorded, longest waiting first. CSA working group; audited.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var flags = await c.Service<CsaDbContext>().Flags.AsNoTracking().Where(f => f.DiscussionHeldOn == null)
                    .OrderBy(f => f.FlaggedOn).ToListAsync(c.CancellationToken);
                await c.Service<IAuditLog>().RecordAsync(new AuditEntry(c.User!.Actor(), CsaGraph.ChronologyRead, Field: "csaOpenFlags",
                    Module: CsaModule.ModuleName, Detail: $"{flags.Count} open flags"), c.CancellationToken);
                return flags;
            });

        slice.Mutation.Field<NonNullGraphType<CsaIndicatorRecordedGraphType>>("recordCsaIndicator")
            .Description("Records a sign or indicator of sexual abuse about a registered child. When the child's indicators not yet discussed meet the flagging rule, the child is flagged for a multi-agency discussion (once, until that discussion is recorded). CSA working group.")
            .Argument<NonNullGraphType<RecordCsaIndicatorInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordCsaIndicatorInput>("input");
                var clock = c.Service<TimeProvider>();
                var today = clock.Today();
                var check = new InputCheck();
                var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
                check.RequireText(input.CategoryCode, "categoryCode", "The category", 40)
                    .Require(input.ObservedOn <= today, "observedOn", $"The day observed cannot be in the future (today is {today:d MMMM yyyy}).")
                    .Require(input.ObservedOn > today.AddYears(-18), "observedOn", "The day observed must be within the last 18 years.")
                    .OptionalText(input.SourceAgency, "sourceAgency", "The agency", 200)
                    .RequireText(input.Description, "description", "What was observed", 2000);
                var db = c.Service<CsaDbContext>();
                // An agency named here must be one of the partnership's: flagging counts the agencies that saw signs.
                var sourceAgency = string.IsNullOrWhiteSpace(input.SourceAgency) || check.HasProblemWith("sourceAgency") ? null
                    : (await PartnershipAgencies.LoadAsync(db.Agencies, c.CancellationToken)).Resolve(input.SourceAgency, check, "sourceAgency", "The agency");
                check.ThrowIfInvalid();
                var code = input.CategoryCode!.Trim().ToUpperInvariant();
                var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, c.CancellationToken);
                if (category is null)
                {
                    var known = await db.Categories.AsNoTracking().OrderBy(x => x.Position).Select(x => x.Code).ToListAsync(c.CancellationToken);
                    throw PartnershipError.Invalid("categoryCode", $"\"{input.CategoryCode}\" is not a category of signs and indicators. Use one of: {string.Join(", ", known)}.");
                }
                await CsaGraph.RequireSubjectAsync(c, subjectId);

                var indicator = new Indicator
                {
                    Id = Guid.NewGuid(), SubjectId = subjectId, CategoryCode = category.Code, ObservedOn = input.ObservedOn,
                    SourceAgency = sourceAgency ?? CsaGraph.Agency(c),
                    Description = input.Description!.Trim(), SeenAndSpokenToAlone = input.SeenAndSpokenToAlone,
                    RecordedBy = c.User!.Actor(), RecordedAt = clock.GetUtcNow(),
                };
                db.Indicators.Add(indicator);
                db.Publish(new SignOrIndicatorRecorded(indicator.Id, indicator.CategoryCode, indicator.SourceAgency, indicator.ObservedOn));

                var flag = await db.Flags.AsNoTracking().FirstOrDefaultAsync(f => f.SubjectId == subjectId && f.DiscussionHeldOn == null, c.CancellationToken);
                var flaggedNow = false;
                if (flag is null)
                {
                    var undiscussed = await db.Indicators.AsNoTracking().Where(i => i.SubjectId == subjectId && i.DiscussedUnderFlagId == null)
                        .Select(i => new IndicatorFact(i.SourceAgency, i.ObservedOn)).ToListAsync(c.CancellationToken);
                    undiscussed.Add(new IndicatorFact(indicator.SourceAgency, indicator.ObservedOn));
                    var decision = c.Service<FlaggingRule>().Evaluate(undiscussed);
                    if (decision.Flag)
                    {
                        flag = new DiscussionFlag
                        {
                            Id = Guid.NewGuid(), SubjectId = subjectId, FlaggedOn = today, AgencyCount = decision.AgencyCount,
                            IndicatorsInWindow = decision.IndicatorsInWindow, Reason = decision.Reason,
                        };
                        db.Flags.Add(flag);
                        db.Publish(new SubjectFlaggedForDiscussion(flag.Id, subjectId, today, decision.AgencyCount, decision.IndicatorsInWindow, decision.Reason));
                        flaggedNow = true;
                    }
                }
                await db.SaveChangesAsync(c.CancellationToken);
                await CsaGraph.EnrolAsync(c, subjectId);
                return new IndicatorRecorded(new IndicatorView(indicator, category.Label), flag, flaggedNow);
            });

        slice.Mutation.Field<NonNullGraphType<CsaDiscussionFlagGraphType>>("recordCsaMultiAgencyDiscussion")
            .Description("Records the multi-agency discussion of a flagged child, closing the flag. The indicators recorded so far count as discussed; later ones can raise a new flag. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaDiscussionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordCsaDiscussionInput>("input");
                var today = c.Service<TimeProvider>().Today();
                var named = (input.Agencies ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
                var check = new InputCheck();
                check.Require(named.All(a => a.Length <= 200) && named.Count <= 30, "agencies", "Name at most 30 agencies, each in 200 characters or fewer.");
                var agencies = new List<string>();
                if (!check.HasProblems)
                {
                    var partnership = await PartnershipAgencies.LoadAsync(c.Service<CsaDbContext>().Agencies, c.CancellationToken);
                    for (var i = 0; i < named.Count; i++)
                        if (partnership.Resolve(named[i], check, $"agencies[{i}]", "The agency") is { } agency && !agencies.Contains(agency)) agencies.Add(agency);
                }
                var flagId = check.ParseId(input.FlagId, "flagId", "The flag");
                check.Require(input.HeldOn <= today, "heldOn", $"The discussion cannot be in the future (today is {today:d MMMM yyyy}).")
                    .Require(check.HasProblems || agencies.Count >= 2, "agencies", "A multi-agency discussion needs at least two agencies: name each one that took part.")
                    .RequireText(input.Outcome, "outcome", "What was agreed", 2000)
                    .ThrowIfInvalid();
                var db = c.Service<CsaDbContext>();
                var flag = await db.Flags.FirstOrDefaultAsync(f => f.Id == flagId, c.CancellationToken) ?? throw PartnershipError.NotFound("discussion flag", flagId);
                if (!flag.IsOpen) throw PartnershipError.Conflict($"This flag was already closed by the discussion held on {flag.DiscussionHeldOn:d MMMM yyyy}.");
                if (input.HeldOn < flag.FlaggedOn) throw PartnershipError.Invalid("heldOn", $"The child was flagged on {flag.FlaggedOn:d MMMM yyyy}; the discussion cannot be before that.");
                flag.DiscussionHeldOn = input.HeldOn;
                flag.DiscussionAgencies = string.Join("; ", agencies);
                flag.DiscussionOutcome = input.Outcome!.Trim();
                flag.RecordedBy = c.User!.Actor();
                var considered = await db.Indicators.Where(i => i.SubjectId == flag.SubjectId && i.DiscussedUnderFlagId == null).ToListAsync(c.CancellationToken);
                considered.ForEach(i => i.DiscussedUnderFlagId = flag.Id);
                db.Publish(new MultiAgencyDiscussionHeld(flag.Id, flag.FlaggedOn, input.HeldOn, agencies.Count));
                await db.SaveChangesAsync(c.CancellationToken);
                return flag;
            });
    }

    /// <summary>A child's indicators ordered by the day observed (then the moment recorded), and their flags, oldest first.</summary>
    public static async Task<Chronology> ChronologyAsync(CsaDbContext db, Guid subjectId, CancellationToken ct)
    {
        var labels = await db.Categories.AsNoTracking().ToDictionaryAsync(x => x.Code, x => x.Label, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SubjectId == subjectId).ToListAsync(ct);
        var flags = await db.Flags.AsNoTracking().Where(f => f.SubjectId == subjectId).ToListAsync(ct);
        return new Chronology(subjectId,
            indicators.OrderBy(i => i.ObservedOn).ThenBy(i => i.RecordedAt)
                .Select(i => new IndicatorView(i, labels.GetValueOrDefault(i.CategoryCode, i.CategoryCode))).ToList(),
            flags.OrderBy(f => f.FlaggedOn).ThenBy(f => f.DiscussionHeldOn == null).ToList());
    }
}
