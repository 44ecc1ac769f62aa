using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Assessments;

/// <summary>Agrees the family plan's actions, each for an area of concern in a completed assessment.</summary>
public sealed class FamilyPlans(NeglectDbContext db, TimeProvider clock, AssessmentHistory history)
{
    public async Task<FamilyPlanAction> AddActionAsync(AddFamilyPlanActionInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var id = check.ParseId(input.AssessmentId, "assessmentId", "The assessment");
        FamilyPlanAction.CheckAgreement(check, input.AreaCode, input.Action, input.Owner, input.ReviewOn, today).ThrowIfInvalid();
        var assessment = await history.OneAsync(id, ct);
        var action = FamilyPlanAction.Agree(assessment, input.AreaCode, input.Action, input.Owner, input.ReviewOn, today, clock.GetUtcNow());
        db.FamilyPlanActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }
}
