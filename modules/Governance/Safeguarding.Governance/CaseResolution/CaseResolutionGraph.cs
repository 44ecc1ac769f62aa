using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.CaseResolution;

public sealed class ProfessionalDisagreementGraphType : ObjectGraphType<ProfessionalDisagreement>
{
    public ProfessionalDisagreementGraphType()
    {
        Name = "ProfessionalDisagreement";
        Description = "A disagreement between agencies under the case resolution protocol, with every stage change.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Summary);
        Field(x => x.RaisedOn);
        Field<NonNullGraphType<EnumerationGraphType<EscalationStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(x => x.StageStartedOn);
        Field(x => x.StageDueOn).Description("The stage's time limit in working days after it started.");
        Field(x => x.ResolvedOn, nullable: true);
        Field(x => x.Resolution, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<PartnerGraphType>>("raisedBy")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.RaisedByPartnerId], c.CancellationToken));
        Field<NonNullGraphType<PartnerGraphType>>("against")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.AgainstPartnerId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EscalationStepGraphType>>>>("steps")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().EscalationSteps.AsNoTracking()
                .Where(s => s.DisagreementId == c.Source.Id).OrderBy(s => s.Sequence).ToListAsync(c.CancellationToken));
    }
}

public sealed class EscalationStepGraphType : ObjectGraphType<EscalationStep>
{
    public EscalationStepGraphType()
    {
        Name = "EscalationStep";
        Field(x => x.Sequence);
        Field(x => x.Change).Description("RAISED, ESCALATED or RESOLVED.");
        Field<NonNullGraphType<EnumerationGraphType<EscalationStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(x => x.On);
        Field(x => x.DueOn, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class RaiseDisagreementInput
{
    public string? RaisedByPartnerId { get; set; }
    public string? AgainstPartnerId { get; set; }
    public string? Summary { get; set; }
    public DateOnly? RaisedOn { get; set; }
}

public sealed class RaiseDisagreementInputType : InputObjectGraphType<RaiseDisagreementInput>
{
    public RaiseDisagreementInputType()
    {
        Name = "RaiseProfessionalDisagreementInput";
        Field<NonNullGraphType<IdGraphType>>("raisedByPartnerId");
        Field<NonNullGraphType<IdGraphType>>("againstPartnerId");
        Field(x => x.Summary).Description("What the disagreement is about; no child's name.");
        Field(x => x.RaisedOn, nullable: true).Description("Defaults to today.");
    }
}

public sealed class MoveDisagreementInput
{
    public string? DisagreementId { get; set; }
    public string? Note { get; set; }
    public DateOnly? On { get; set; }
}

public sealed class MoveDisagreementInputType : InputObjectGraphType<MoveDisagreementInput>
{
    public MoveDisagreementInputType()
    {
        Name = "MoveProfessionalDisagreementInput";
        Description = "Escalate to the next stage, or resolve (the note is then the resolution).";
        Field<NonNullGraphType<IdGraphType>>("disagreementId");
        Field(x => x.Note).Description("Why it was escalated, or how it was resolved.");
        Field(x => x.On, nullable: true).Description("Defaults to today.");
    }
}

internal static class CaseResolutionGraph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalDisagreementGraphType>>>>("professionalDisagreements")
            .Description("Professional disagreements under the case resolution protocol, newest first.")
            .Allow(Readers)
            .ResolveAsync(async c => await c.Service<GovernanceDbContext>().Disagreements.AsNoTracking()
                .OrderByDescending(d => d.RaisedOn).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalDisagreementGraphType>>>>("overdueEscalationStages")
            .Description("Unresolved disagreements whose current stage passed its time limit. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
                return await c.Service<GovernanceDbContext>().Disagreements.AsNoTracking()
                    .Where(d => d.ResolvedOn == null && d.StageDueOn < asOf).OrderBy(d => d.StageDueOn).ToListAsync(c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("raiseProfessionalDisagreement")
            .Description("Records a disagreement one agency raises with another; it starts at the PRACTITIONER stage.")
            .Argument<NonNullGraphType<RaiseDisagreementInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RaiseDisagreementInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var raisedOn = input.RaisedOn ?? today;
                var check = new InputCheck();
                var by = check.ParseId(input.RaisedByPartnerId, "raisedByPartnerId", "The agency raising it");
                var against = check.ParseId(input.AgainstPartnerId, "againstPartnerId", "The other agency");
                check.RequireText(input.Summary, "summary", "The summary", 2000)
                    .Require(raisedOn <= today, "raisedOn", "A disagreement cannot be raised on a future date.")
                    .Require(by != against || by == Guid.Empty, "againstPartnerId", "An agency cannot disagree with itself.")
                    .ThrowIfInvalid();
                await db.CurrentPartnerAsync(by, "raisedByPartnerId", c.CancellationToken);
                await db.CurrentPartnerAsync(against, "againstPartnerId", c.CancellationToken);
                var stage = EscalationStage.Practitioner;
                var due = await StageDueAsync(c, raisedOn, stage, "raisedOn");
                var d = new ProfessionalDisagreement
                {
                    Id = Guid.NewGuid(), RaisedByPartnerId = by, AgainstPartnerId = against, Summary = input.Summary!.Trim(),
                    RaisedOn = raisedOn, Stage = stage, StageStartedOn = raisedOn, StageDueOn = due,
                };
                db.Disagreements.Add(d);
                db.EscalationSteps.Add(new EscalationStep { Id = Guid.NewGuid(), DisagreementId = d.Id, Sequence = 1, Change = "RAISED", Stage = stage, On = raisedOn, DueOn = due });
                db.Publish(new ProfessionalDisagreementRaised(d.Id, by, against, stage.ToString(), raisedOn, due));
                await db.SaveChangesAsync(c.CancellationToken);
                return d;
            });

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("escalateProfessionalDisagreement")
            .Description("Moves an unresolved disagreement to the next stage (PRACTITIONER, MANAGER, SENIOR_MANAGER, PARTNERSHIP).")
            .Argument<NonNullGraphType<MoveDisagreementInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var (db, d, on, note) = await LoadForMove(c);
                if (d.Stage == EscalationStage.Partnership)
                    throw PartnershipError.Conflict("This disagreement is already at the PARTNERSHIP stage, the last one; it can only be resolved.");
                var from = d.Stage;
                d.Stage = from + 1;
                d.StageStartedOn = on;
                d.StageDueOn = await StageDueAsync(c, on, d.Stage, "on");
                await AddStep(db, d, "ESCALATED", on, d.StageDueOn, note, c.CancellationToken);
                db.Publish(new ProfessionalDisagreementEscalated(d.Id, from.ToString(), d.Stage.ToString(), on, d.StageDueOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return d;
            });

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("resolveProfessionalDisagreement")
            .Description("Resolves a disagreement at its current stage; the note records the resolution.")
            .Argument<NonNullGraphType<MoveDisagreementInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var (db, d, on, note) = await LoadForMove(c);
                d.ResolvedOn = on;
                d.Resolution = note;
                await AddStep(db, d, "RESOLVED", on, null, note, c.CancellationToken);
                db.Publish(new ProfessionalDisagreementResolved(d.Id, d.Stage.ToString(), d.RaisedOn, on));
                await db.SaveChangesAsync(c.CancellationToken);
                return d;
            });
    }

    private static async Task<(GovernanceDbContext, ProfessionalDisagreement, DateOnly, string)> LoadForMove(IResolveFieldContext c)
    {
        var input = c.GetArgument<MoveDisagreementInput>("input");
        var db = c.Service<GovernanceDbContext>();
        var today = c.Service<TimeProvider>().Today();
        var on = input.On ?? today;
        var check = new InputCheck();
        var id = check.ParseId(input.DisagreementId, "disagreementId", "The disagreement");
        check.RequireText(input.Note, "note", "The note", 2000).Require(on <= today, "on", "The date cannot be in the future.").ThrowIfInvalid();
        var d = await db.Disagreements.FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("professional disagreement", id);
        if (d.IsResolved) throw PartnershipError.Conflict($"This disagreement was resolved on {d.ResolvedOn:d MMMM yyyy}.");
        if (on < d.StageStartedOn) throw PartnershipError.Invalid("on", "The date cannot be before the current stage started.");
        return (db, d, on, input.Note!.Trim());
    }

    private static async Task AddStep(GovernanceDbContext db, ProfessionalDisagreement d, string change, DateOnly on, DateOnly? due, string note, CancellationToken ct)
    {
        var sequence = await db.EscalationSteps.CountAsync(s => s.DisagreementId == d.Id, ct) + 1;
        db.EscalationSteps.Add(new EscalationStep { Id = Guid.NewGuid(), DisagreementId = d.Id, Sequence = sequence, Change = change, Stage = d.Stage, On = on, DueOn = due, Note = note });
    }

    private static async Task<DateOnly> StageDueAsync(IResolveFieldContext c, DateOnly start, EscalationStage stage, string field)
    {
        var calendar = await WorkingDayCalendar.CurrentAsync(c.Service<IBankHolidayCalendar>(), c.CancellationToken);
        try { return calendar.AddWorkingDays(start, ProfessionalDisagreement.WorkingDaysAt(stage)); }
        catch (CalendarOutOfRangeException e) { throw PartnershipError.Invalid(field, e.Message); }
    }
}
