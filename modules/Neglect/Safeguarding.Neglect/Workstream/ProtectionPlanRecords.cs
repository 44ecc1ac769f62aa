using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Workstream;

/// <summary>Records the start and end of children's child protection plans, each announced to the modules that count plans.</summary>
public sealed class ProtectionPlanRecords(NeglectDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    /// <summary>A registered child's plan started; a child has one open plan at a time.</summary>
    public async Task<ChildProtectionPlan> RecordStartAsync(RecordChildProtectionPlanInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
        ChildProtectionPlan.CheckStart(check, input.StartedOn, clock.Today()).ThrowIfInvalid();
        await registry.RequireChildAsync(subjectId, ct);
        if (await db.ChildProtectionPlans.AnyAsync(p => p.SubjectId == subjectId && p.EndedOn == null, ct))
            throw DomainException.Conflict("This child already has an open child protection plan; end it before recording another.");
        var plan = ChildProtectionPlan.Start(subjectId, input.Category, input.StartedOn);
        db.ChildProtectionPlans.Add(plan);
        db.Publish(plan.Started());
        await db.SaveChangesAsync(ct);
        await registry.EnrolInNeglectAsync(subjectId, ct);
        return plan;
    }

    /// <summary>A plan ended on a day by today; <paramref name="check"/> holds the plan id's problems, if any.</summary>
    public async Task<ChildProtectionPlan> EndAsync(Guid planId, DateOnly endedOn, InputCheck check, CancellationToken ct)
    {
        ChildProtectionPlan.CheckEnd(check, endedOn, clock.Today()).ThrowIfInvalid();
        var plan = await db.ChildProtectionPlans.FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw DomainException.NotFound("child protection plan", planId);
        db.Publish(plan.End(endedOn));
        await db.SaveChangesAsync(ct);
        return plan;
    }

    /// <summary>A child's plans, the earliest started first, a page at a time.</summary>
    public Task<Page<ChildProtectionPlan>> OfChildAsync(Guid subjectId, PageRequest page, CancellationToken ct) =>
        db.ChildProtectionPlans.AsNoTracking().Where(p => p.SubjectId == subjectId).PageOldestFirstAsync(page, p => p.StartedOn, p => p.Id, ct);
}
