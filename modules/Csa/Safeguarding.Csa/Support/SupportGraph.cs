using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Csa.Support;

/// <summary>Referrals to one service: how many, how long they waited, and how many are unmet.</summary>
public sealed record ServiceGap(string Service, SupportKind Kind, int Referrals, int Started, decimal? AverageWaitingDays,
    int UnmetNoCommissionedService, int UnmetWaitingTooLong, int? LongestCurrentWaitDays);

public sealed class CsaSupportReferralGraphType : ObjectGraphType<SupportReferral>
{
    public CsaSupportReferralGraphType()
    {
        Name = "CsaSupportReferral";
        Description = "A child's referral to a support or recovery service.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.Service);
        Field<NonNullGraphType<EnumerationGraphType<SupportKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Commissioned).Description("False when no commissioned service exists for this need: a gap.");
        Field(x => x.ReferredOn);
        Field(x => x.StartedOn, nullable: true);
        Field(x => x.WaitingDays, nullable: true).Description("Days from referral to the start of support, once started.");
        Field(x => x.ReferringAgency);
        Field<IdGraphType>("hsbIncidentId").Resolve(c => c.Source.HsbIncidentId);
    }
}

public sealed class CsaServiceGapGraphType : ObjectGraphType<ServiceGap>
{
    public CsaServiceGapGraphType()
    {
        Name = "CsaServiceGap";
        Description = "Referrals to one support service, with waiting times and the referrals that are unmet.";
        Field(x => x.Service);
        Field<NonNullGraphType<EnumerationGraphType<SupportKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Referrals);
        Field(x => x.Started);
        Field(x => x.AverageWaitingDays, nullable: true).Description("Average days from referral to start, over referrals started; one decimal place.");
        Field(x => x.UnmetNoCommissionedService).Description("Not started, and no commissioned service exists for them.");
        Field(x => x.UnmetWaitingTooLong).Description("Not started after the configured number of days (Csa:Support:UnmetAfterDays).");
        Field(x => x.LongestCurrentWaitDays, nullable: true).Description("The longest wait among referrals not yet started.");
    }
}

public sealed class CsaSupportReferralInput
{
    public string? Service { get; set; }
    public SupportKind Kind { get; set; }
    public bool Commissioned { get; set; } = true;
    public DateOnly ReferredOn { get; set; }
}

public sealed class CsaSupportReferralInputType : InputObjectGraphType<CsaSupportReferralInput>
{
    public CsaSupportReferralInputType()
    {
        Name = "CsaSupportReferralInput";
        Field(x => x.Service).Description("The service referred to, e.g. a recovery service or an HSB service.");
        Field<NonNullGraphType<EnumerationGraphType<SupportKind>>>("kind");
        Field(x => x.Commissioned, nullable: true).Description("Whether a commissioned service exists to take it; default true. False records a gap.");
        Field(x => x.ReferredOn);
    }
}

public sealed class MakeCsaSupportReferralInput
{
    public string? SubjectId { get; set; }
    public CsaSupportReferralInput? Referral { get; set; }
}

public sealed class MakeCsaSupportReferralInputType : InputObjectGraphType<MakeCsaSupportReferralInput>
{
    public MakeCsaSupportReferralInputType()
    {
        Name = "MakeCsaSupportReferralInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field<NonNullGraphType<CsaSupportReferralInputType>>("referral");
    }
}

internal static class SupportGraph
{
    /// <summary>Checks a referral's fields (under <paramref name="prefix"/>), without throwing.</summary>
    public static void Check(InputCheck check, CsaSupportReferralInput r, DateOnly today, string prefix)
    {
        check.RequireText(r.Service, $"{prefix}service", "The service", 200)
            .Require(r.ReferredOn <= today, $"{prefix}referredOn", $"The referral cannot be dated in the future (today is {today:d MMMM yyyy}).")
            .Require(r.ReferredOn > today.AddYears(-18), $"{prefix}referredOn", "The referral must be within the last 18 years.");
    }

    /// <summary>Adds the referral and publishes SupportReferralMade; the caller saves.</summary>
    public static SupportReferral Add(IResolveFieldContext c, CsaDbContext db, Guid subjectId, CsaSupportReferralInput r, Guid? hsbIncidentId)
    {
        var referral = new SupportReferral
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, Service = r.Service!.Trim(), Kind = r.Kind, Commissioned = r.Commissioned,
            ReferredOn = r.ReferredOn, ReferringAgency = CsaGraph.Agency(c), HsbIncidentId = hsbIncidentId,
        };
        db.Referrals.Add(referral);
        db.Publish(new SupportReferralMade(referral.Id, referral.Service, referral.ReferredOn));
        return referral;
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<CsaSupportReferralGraphType>>("makeCsaSupportReferral")
            .Description("Refers a registered child to a support or recovery service. Say whether a commissioned service exists: a referral with none is a visible gap. CSA working group.")
            .Argument<NonNullGraphType<MakeCsaSupportReferralInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MakeCsaSupportReferralInput>("input");
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
                Check(check, input.Referral!, today, "referral.");
                check.ThrowIfInvalid();
                await CsaGraph.RequireSubjectAsync(c, subjectId);
                var db = c.Service<CsaDbContext>();
                var referral = Add(c, db, subjectId, input.Referral!, null);
                await db.SaveChangesAsync(c.CancellationToken);
                await CsaGraph.EnrolAsync(c, subjectId);
                return referral;
            });

        slice.Mutation.Field<NonNullGraphType<CsaSupportReferralGraphType>>("startCsaSupport")
            .Description("Records the day support started for a referral; the waiting time is the days from referral to start. CSA working group.")
            .Argument<NonNullGraphType<IdGraphType>>("referralId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("startedOn")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var startedOn = c.GetArgument<DateOnly>("startedOn");
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("referralId"), "referralId", "The referral");
                check.Require(startedOn <= today, "startedOn", $"The start cannot be in the future (today is {today:d MMMM yyyy}).").ThrowIfInvalid();
                var db = c.Service<CsaDbContext>();
                var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("support referral", id);
                if (referral.StartedOn is { } started) throw PartnershipError.Conflict($"Support for this referral already started on {started:d MMMM yyyy}.");
                if (startedOn < referral.ReferredOn) throw PartnershipError.Invalid("startedOn", $"The referral was made on {referral.ReferredOn:d MMMM yyyy}; support cannot start before that.");
                referral.StartedOn = startedOn;
                db.Publish(new SupportStarted(referral.Id, referral.Service, referral.ReferredOn, startedOn, referral.WaitingDays!.Value));
                await db.SaveChangesAsync(c.CancellationToken);
                return referral;
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaServiceGapGraphType>>>>("csaSupportGaps")
            .Description("Per support service: referrals, waiting times, and unmet referrals (no commissioned service, or not started after Csa:Support:UnmetAfterDays days) as of a day (default today). Aggregates only.")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(CsaGraph.Aggregates)
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
                var unmetAfter = c.Service<IOptions<SupportOptions>>().Value.UnmetAfterDays;
                var referrals = await c.Service<CsaDbContext>().Referrals.AsNoTracking().Where(r => r.ReferredOn <= asOf).ToListAsync(c.CancellationToken);
                return referrals.GroupBy(r => (r.Service, r.Kind)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Service).Select(g =>
                {
                    var started = g.Where(r => r.StartedOn <= asOf).ToList();
                    var waiting = g.Where(r => !(r.StartedOn <= asOf)).ToList();
                    return new ServiceGap(g.Key.Service, g.Key.Kind, g.Count(), started.Count,
                        started.Count == 0 ? null : Math.Round((decimal)started.Average(r => r.WaitingDays!.Value), 1, MidpointRounding.AwayFromZero),
                        waiting.Count(r => !r.Commissioned),
                        waiting.Count(r => r.Commissioned && asOf.DayNumber - r.ReferredOn.DayNumber > unmetAfter),
                        waiting.Count == 0 ? null : waiting.Max(r => asOf.DayNumber - r.ReferredOn.DayNumber));
                }).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaSupportReferralGraphType>>>>("csaUnmetReferrals")
            .Description("Referrals not started that have no commissioned service or have waited longer than Csa:Support:UnmetAfterDays, longest waiting first. CSA working group.")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
                var unmetAfter = c.Service<IOptions<SupportOptions>>().Value.UnmetAfterDays;
                var waiting = await c.Service<CsaDbContext>().Referrals.AsNoTracking().Where(r => r.StartedOn == null && r.ReferredOn <= asOf)
                    .OrderBy(r => r.ReferredOn).ToListAsync(c.CancellationToken);
                return waiting.Where(r => r.IsUnmetOn(asOf, unmetAfter)).ToList();
            });
    }
}
