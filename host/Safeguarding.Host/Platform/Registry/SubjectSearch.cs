namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Finding a child without their 36-character reference: by NHS number, Unique Pupil Number, or names with a date of
/// birth, scored by the matcher against the people sharing a blocking key. For practitioners, with a stated purpose; each
/// search is audited with its purpose and how many it found (never what was searched for), and each identity shown is
/// audited as a read. Who the searcher may not see is shown by id, score and modules only.
/// </summary>
public sealed class SubjectSearch(SubjectRegistry registry, IAuditLog audit)
{
    public const int MaxResults = 20;

    /// <summary>
    /// Below this probability a person shares a blocking key with the search by coincidence (the same birthday, a similar
    /// surname) rather than resembling it; listing them would show searchers children they are not looking for.
    /// </summary>
    public const double MinimumScore = 0.05;

    public async Task<IReadOnlyList<SubjectSearchResult>> FindAsync(SubjectQuery query, string? purpose, ClaimsPrincipal caller, CancellationToken ct)
    {
        var check = new InputCheck().RequirePurpose(purpose, "you are looking for a child");
        var probe = query.Check(check);
        check.ThrowIfInvalid();
        if (!caller.IsPractitioner()) throw DomainException.Forbidden("Only practitioners may search for a child.");
        var why = purpose!.Trim();

        var results = new List<SubjectSearchResult>();
        foreach (var found in (await registry.CandidatesAsync(probe!, ct)).Where(f => f.Score.Probability >= MinimumScore).Take(MaxResults))
        {
            var ids = (await registry.IdsOfPersonAsync(new SubjectId(found.Candidate.SubjectId), ct)).Select(i => i.Value).ToList();
            var modules = await registry.ModulesHoldingAsync(ids, ct);
            var entitledBy = await registry.EntitlingModuleAsync(ids, caller, ct);
            if (entitledBy is null)
            {
                results.Add(new SubjectSearchResult(new SubjectId(found.Candidate.SubjectId), found.Score.Probability, [], modules, null, null));
                continue;
            }
            var person = await registry.PersonIdentityAsync(found.Candidate.SubjectId, ct);
            await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.IdentityRead, found.Candidate.SubjectId.ToString(), SearchField, why, entitledBy), ct);
            results.Add(new SubjectSearchResult(new SubjectId(found.Candidate.SubjectId), found.Score.Probability, found.Score.Reasons, modules, person.FullName, person.DateOfBirth));
        }
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.SubjectsSearched, Field: SearchField, Purpose: why,
            Detail: $"By {query.Describe()}: {results.Count} found, {results.Count(r => r.Name is not null)} shown by name"), ct);
        return results;
    }

    public const string SearchField = "findSubjects";
}
