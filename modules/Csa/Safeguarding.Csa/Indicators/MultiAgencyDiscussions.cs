using Safeguarding.Csa.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.Csa.Indicators;

/// <summary>
/// Records the multi-agency discussion of a flagged child: the flag closes and the indicators so far count as discussed,
/// under every id of the child (records merged as one child count together).
/// </summary>
public sealed class MultiAgencyDiscussions(CsaDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    public async Task<DiscussionFlag> RecordAsync(RecordCsaDiscussionInput input, string recordedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var named = (input.Agencies ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        var check = new InputCheck();
        check.Require(named.All(a => a.Length <= 200) && named.Count <= DiscussionFlag.MaxAgencies, "agencies",
            $"Name at most {DiscussionFlag.MaxAgencies} agencies, each in 200 characters or fewer.");
        // Each agency named must be one of the partnership's, named once however it was spelt.
        var agencies = new List<string>();
        if (!check.HasProblems)
        {
            var partnership = await PartnershipAgencies.LoadAsync(db.Agencies, ct);
            for (var i = 0; i < named.Count; i++)
                if (partnership.Resolve(named[i], check, $"agencies[{i}]", "The agency") is { } agency && !agencies.Contains(agency)) agencies.Add(agency);
        }
        var flagId = check.ParseId(input.FlagId, "flagId", "The flag");
        DiscussionFlag.CheckDiscussion(check, input.HeldOn, agencies, input.Outcome, today).ThrowIfInvalid();
        var flag = await db.Flags.FirstOrDefaultAsync(f => f.Id == flagId, ct) ?? throw DomainException.NotFound("discussion flag", flagId);
        var person = await registry.PersonIdsAsync(flag.SubjectId, ct);
        var undiscussed = flag.IsOpen ? await db.Indicators.Where(i => person.Contains(i.SubjectId) && i.DiscussedUnderFlagId == null).ToListAsync(ct) : [];
        db.Publish(flag.RecordDiscussion(input.HeldOn, agencies, input.Outcome, recordedBy, undiscussed, today, person));
        await db.SaveChangesAsync(ct);
        return flag;
    }
}
