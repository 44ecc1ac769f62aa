namespace Safeguarding.Host.Platform.Relationships;

/// <summary>
/// The partnership's one rule for a practitioner's legitimate relationship with a child, which every read of a child's
/// identity and cross-module detail goes through (by the registry's entitlement): a current allocation or manager's grant
/// recorded for them, their agency's open record on the child in any module (an entry a colleague recorded within
/// <see cref="ChildAccessOptions.AgencyRecordOpenForDays"/>), or sealed access they opened. Recording a fact about a child
/// is not a relationship: the practitioner's own entries never count for their agency, so no one gives themselves a
/// child's identity by writing about them. Answers are kept for the request (one scope), so a view of many parts asks once.
/// </summary>
public sealed class ChildRelationships(
    PlatformDbContext db, ModuleCatalog catalog, IServiceProvider services, IOptions<ChildAccessOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, ChildRelationship?> _answered = [];

    /// <summary>
    /// The relationship that opens the child (any of <paramref name="personIds"/>, the ids of one person) to
    /// <paramref name="caller"/> now: a recorded one first (allocation, grant, then sealed access), else their agency's
    /// open record; null when there is none. Only practitioners have relationships.
    /// </summary>
    public async Task<ChildRelationship?> CurrentAsync(IReadOnlyCollection<Guid> personIds, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (!caller.IsPractitioner() || personIds.Count == 0) return null;
        var key = caller.Actor() + "|" + string.Join(',', personIds.Order());
        if (_answered.TryGetValue(key, out var known)) return known;
        var found = await RecordedAsync(personIds, caller.Actor(), ct) ?? await AgencyRecordAsync(personIds, caller, ct);
        _answered[key] = found;
        return found;
    }

    /// <summary>Forgets what was answered in this request, after a relationship is recorded or ended in it.</summary>
    public void Forget() => _answered.Clear();

    private async Task<ChildRelationship?> RecordedAsync(IReadOnlyCollection<Guid> personIds, string practitioner, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var held = await db.ChildAccesses.AsNoTracking()
            .Where(a => personIds.Contains(a.SubjectId) && a.Practitioner == practitioner && a.EndedAt == null)
            .ToListAsync(ct);
        return held.Where(a => a.IsCurrentAt(now))
            .OrderBy(a => a.Kind) // an allocation or a grant before sealed access: a read under a relationship is not marked as sealed
            .ThenBy(a => a.From)
            .Select(a => new ChildRelationship(a.Kind, a.Module, a.From, a.Until, a.Id))
            .FirstOrDefault();
    }

    /// <summary>
    /// The caller's agency holds an open record on the child: an entry in some module's part of the child's chronology from
    /// the caller's agency, recorded by someone else, within the period a record stays open. It began with the agency's
    /// first such entry and lapses the period after its latest.
    /// </summary>
    private async Task<ChildRelationship?> AgencyRecordAsync(IReadOnlyCollection<Guid> personIds, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (caller.FindFirst(PartnershipClaims.Agency)?.Value is not { Length: > 0 } agency) return null;
        var actor = caller.Actor();
        var openFor = TimeSpan.FromDays(options.Value.AgencyRecordOpenForDays);
        var now = clock.GetUtcNow();
        var child = personIds.Select(p => new SubjectId(p)).ToList();
        ChildRelationship? best = null;
        foreach (var module in catalog.Modules.Where(m => m.ChronologySource is not null).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var source = (IChronologySource)services.GetRequiredService(module.ChronologySource!);
            var ours = (await source.EntriesAsync(child, ct))
                .Where(e => string.Equals(e.Agency?.Trim(), agency.Trim(), StringComparison.OrdinalIgnoreCase)
                            && !string.Equals(e.RecordedBy, actor, StringComparison.OrdinalIgnoreCase) && e.At <= now)
                .ToList();
            if (ours.Count == 0) continue;
            var until = ours.Max(e => e.At) + openFor;
            if (until <= now || best is not null && best.Until >= until) continue;
            best = new ChildRelationship(ChildAccessKind.Agency, module.Name, ours.Min(e => e.At), until, null);
        }
        return best;
    }
}
