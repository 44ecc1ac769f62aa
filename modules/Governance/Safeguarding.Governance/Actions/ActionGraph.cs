using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Actions;

public sealed class PartnershipActionGraphType : ObjectGraphType<PartnershipAction>
{
    public PartnershipActionGraphType()
    {
        Name = "PartnershipAction";
        Description = "An action agreed by a board or group.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Title);
        Field<NonNullGraphType<EnumerationGraphType<ActionStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.CreatedOn);
        Field(x => x.DueDate);
        Field(x => x.CompletedOn, nullable: true);
        Field(x => x.CompletionEvidence, nullable: true).Description("What shows the action was done.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<PartnerGraphType>>("owner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.OwnerPartnerId], c.CancellationToken));
        Field<DecisionGraphType>("decision").Description("The decision the action comes from, if any.")
            .ResolveAsync(async c => c.Source.DecisionId is { } id
                ? (object?)await c.Service<GovernanceDbContext>().Decisions.FindAsync([id], c.CancellationToken)
                : null);
        Field<NonNullGraphType<PartnershipBodyGraphType>>("body")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking().Include(b => b.Members)
                .FirstAsync(b => b.Id == c.Source.BodyId, c.CancellationToken));
    }
}

public sealed class CreateActionInput
{
    public string? BodyId { get; set; }
    public string? Title { get; set; }
    public string? OwnerPartnerId { get; set; }
    public DateOnly DueDate { get; set; }
    public string? DecisionId { get; set; }
}

public sealed class CreateActionInputType : InputObjectGraphType<CreateActionInput>
{
    public CreateActionInputType()
    {
        Name = "CreateActionInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId").Description("The body that agreed the action.");
        Field(x => x.Title);
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId").Description("The partner that owns the action.");
        Field(x => x.DueDate);
        Field<IdGraphType>("decisionId").Description("The decision the action comes from, if any.");
    }
}

public sealed class CompleteActionInput
{
    public string? ActionId { get; set; }
    public string? Evidence { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

public sealed class CompleteActionInputType : InputObjectGraphType<CompleteActionInput>
{
    public CompleteActionInputType()
    {
        Name = "CompleteActionInput";
        Field<NonNullGraphType<IdGraphType>>("actionId");
        Field(x => x.Evidence).Description("What shows the action was done (required).");
        Field(x => x.CompletedOn, nullable: true).Description("Defaults to today.");
    }
}

internal static class ActionGraph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipActionGraphType>>>>("partnershipActions")
            .Description("Actions agreed by the partnership's bodies, by due date.")
            .Argument<EnumerationGraphType<ActionStatus>>("status")
            .Argument<IdGraphType>("bodyId")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var query = c.Service<GovernanceDbContext>().Actions.AsNoTracking();
                var status = c.GetArgument<ActionStatus?>("status");
                if (status is not null) query = query.Where(a => a.Status == status);
                if (c.GetArgument<string?>("bodyId") is { } bodyText)
                {
                    var bodyId = InputCheck.Id(bodyText, "bodyId", "The body");
                    query = query.Where(a => a.BodyId == bodyId);
                }
                return await query.OrderBy(a => a.DueDate).ThenBy(a => a.Title).ToListAsync(c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipActionGraphType>>>>("overdueActions")
            .Description("Actions not completed by their due date, oldest first. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
                return await c.Service<GovernanceDbContext>().Actions.AsNoTracking()
                    .Where(a => a.Status != ActionStatus.Completed && a.DueDate < asOf)
                    .OrderBy(a => a.DueDate).ThenBy(a => a.Title).ToListAsync(c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<PartnershipActionGraphType>>("createAction")
            .Description("Records an action agreed by a body, with its owner and due date. Governance working group members.")
            .Argument<NonNullGraphType<CreateActionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateActionInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
                var ownerId = check.ParseId(input.OwnerPartnerId, "ownerPartnerId", "The owning partner");
                Guid? decisionId = input.DecisionId is null ? null : check.ParseId(input.DecisionId, "decisionId", "The decision");
                check.RequireText(input.Title, "title", "The action's title", 500)
                    .Require(input.DueDate >= today, "dueDate", $"The due date cannot be in the past (today is {today:d MMMM yyyy}).")
                    .Require(input.DueDate <= today.AddYears(5), "dueDate", "The due date must be within five years.")
                    .ThrowIfInvalid();
                var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("partnership body", bodyId);
                await db.CurrentPartnerAsync(ownerId, "ownerPartnerId", c.CancellationToken);
                if (decisionId is { } decision &&
                    !await db.Decisions.AnyAsync(x => x.Id == decision && db.Meetings.Any(m => m.Id == x.MeetingId && m.BodyId == bodyId), c.CancellationToken))
                    throw PartnershipError.NotFound("decision of that body", decisionId);
                var action = new PartnershipAction
                {
                    Id = Guid.NewGuid(), BodyId = bodyId, DecisionId = decisionId, Title = input.Title!.Trim(), OwnerPartnerId = ownerId,
                    CreatedOn = today, DueDate = input.DueDate, Status = ActionStatus.Open,
                };
                db.Actions.Add(action);
                db.Publish(action.Created(body.Name));
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });

        slice.Mutation.Field<NonNullGraphType<PartnershipActionGraphType>>("completeAction")
            .Description("Completes an action with the evidence that it was done. Governance working group members.")
            .Argument<NonNullGraphType<CompleteActionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CompleteActionInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var (actionId, completedOn) = ActionCompletion.Check(input, c.Service<TimeProvider>().Today());
                var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == actionId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("action", actionId);
                ActionCompletion.Complete(action, input, completedOn, (action.CreatedOn, "An action cannot be completed before it was agreed."));
                var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == action.BodyId, c.CancellationToken);
                db.Publish(new PartnershipActionCompleted(action.Id, action.BodyId, body.Name, action.DueDate, completedOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });
    }
}
