using Safeguarding.Csa.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.Csa.Indicators;

/// <summary>
/// Records signs and indicators about a child and, when the child's indicators not yet discussed meet the flagging
/// rule, flags the child for a multi-agency discussion (once, until that discussion is recorded), in the same save. A
/// child whose records were merged as one is one child here: the indicators and flags under each of their ids count
/// together (<see cref="FlagsFollowMerges"/> applies the rule when the merge happens).
/// </summary>
public sealed class IndicatorRecords(CsaDbContext db, ISubjectRegistry registry, TimeProvider clock, FlaggingRule flagging)
{
    public async Task<IndicatorRecorded> RecordAsync(RecordCsaIndicatorInput input, string callerAgency, string recordedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
        Indicator.Check(check, input, today);
        // An agency named here must be one of the partnership's: flagging counts the agencies that saw signs.
        var sourceAgency = string.IsNullOrWhiteSpace(input.SourceAgency) || check.HasProblemWith("sourceAgency") ? null
            : (await PartnershipAgencies.LoadAsync(db.Agencies, ct)).Resolve(input.SourceAgency, check, "sourceAgency", "The agency");
        check.ThrowIfInvalid();
        var category = await CategoryAsync(input.CategoryCode!, ct);
        await registry.RequireChildAsync(subjectId, ct);

        var (indicator, recorded) = Indicator.Record(subjectId, category, input, sourceAgency ?? callerAgency, recordedBy, today, clock.GetUtcNow());
        db.Indicators.Add(indicator);
        db.Publish(recorded);

        var person = await registry.PersonIdsAsync(subjectId, ct);
        var flag = await db.Flags.AsNoTracking().FirstOrDefaultAsync(f => person.Contains(f.SubjectId) && f.DiscussionHeldOn == null, ct);
        var flaggedNow = false;
        if (flag is null)
        {
            var undiscussed = await db.Indicators.AsNoTracking().Where(i => person.Contains(i.SubjectId) && i.DiscussedUnderFlagId == null)
                .Select(i => new IndicatorFact(i.SourceAgency, i.ObservedOn)).ToListAsync(ct);
            undiscussed.Add(indicator.ToFact());
            var decision = flagging.Evaluate(undiscussed);
            if (decision.Flag)
            {
                (flag, var raised) = DiscussionFlag.Raise(subjectId, decision, today);
                db.Flags.Add(flag);
                db.Publish(raised);
                flaggedNow = true;
            }
        }
        await db.SaveChangesAsync(ct);
        await registry.EnrolInCsaAsync(subjectId, ct);
        return new IndicatorRecorded(new IndicatorView(indicator, category.Label), flag, flaggedNow);
    }

    /// <summary>The category with the code given (ignoring case and spaces at the ends), or VALIDATION naming the codes there are.</summary>
    private async Task<IndicatorCategory> CategoryAsync(string given, CancellationToken ct)
    {
        var code = given.Trim().ToUpperInvariant();
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (category is not null) return category;
        var known = await db.Categories.AsNoTracking().OrderBy(x => x.Position).Select(x => x.Code).ToListAsync(ct);
        throw DomainException.Invalid("categoryCode", $"\"{given}\" is not a category of signs and indicators. Use one of: {string.Join(", ", known)}.");
    }
}
