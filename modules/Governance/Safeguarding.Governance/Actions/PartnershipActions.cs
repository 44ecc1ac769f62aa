using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Actions;

/// <summary>Records the actions the partnership's bodies agree, completes them, and reads them back.</summary>
public sealed class PartnershipActions(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>Actions by due date, a page at a time, of one status or any, of one body or every body.</summary>
    public async Task<Page<PartnershipAction>> ListAsync(ActionStatus? status, Guid? bodyId, PageRequest page, CancellationToken ct)
    {
        var query = db.Actions.AsNoTracking();
        if (status is not null) query = query.Where(a => a.Status == status);
        if (bodyId is { } body) query = query.Where(a => a.BodyId == body);
        return await query.PageByDueDateAsync(page, ct);
    }

    /// <summary>Actions not completed by their due date on <paramref name="asOf"/> (default today), oldest first, a page at a time.</summary>
    public Task<Page<PartnershipAction>> OverdueAsync(DateOnly? asOf, PageRequest page, CancellationToken ct) =>
        db.Actions.OverdueOnAsync(asOf ?? clock.Today(), page, ct);

    /// <summary>An action agreed by a body (and, if given, one of that body's decisions), owned by a current partner.</summary>
    public async Task<PartnershipAction> AgreeAsync(CreateActionInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
        var ownerId = check.ParseId(input.OwnerPartnerId, "ownerPartnerId", "The owning partner");
        Guid? decisionId = input.DecisionId is null ? null : check.ParseId(input.DecisionId, "decisionId", "The decision");
        var action = PartnershipAction.Agree(bodyId, decisionId, input.Title, ownerId, input.DueDate, clock.Today(), check);
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId, ct) ?? throw DomainException.NotFound("partnership body", bodyId);
        await db.CurrentPartnerAsync(ownerId, "ownerPartnerId", ct);
        if (decisionId is { } decision &&
            !await db.Decisions.AnyAsync(x => x.Id == decision && db.Meetings.Any(m => m.Id == x.MeetingId && m.BodyId == bodyId), ct))
            throw DomainException.NotFound("decision of that body", decisionId);
        db.Actions.Add(action);
        db.Publish(action.Created(body.Name));
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task<PartnershipAction> CompleteAsync(CompleteActionInput input, CancellationToken ct)
    {
        var completion = ActionCompletion.Of(input, clock.Today());
        var action = await db.Actions.FirstOrDefaultAsync(a => a.Id == completion.ActionId, ct) ?? throw DomainException.NotFound("action", completion.ActionId);
        var body = await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == action.BodyId, ct);
        db.Publish(action.Complete(completion, body.Name));
        await db.SaveChangesAsync(ct);
        return action;
    }
}
