using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Who a child lives with and who they are related to. Co-residents are found through the keyed hashes of the
/// registry's addresses (<see cref="HouseholdAddressIndex"/>), relationships are recorded by the working groups that
/// hold records on the child. A reader must be entitled to the child; each member's identity is shown only where the
/// reader is entitled to that member too, and every read is audited with its purpose.
/// </summary>
public sealed class Households(PlatformDbContext db, SubjectRegistry registry, ModuleCatalog catalog, IModuleSwitch switches, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The most people listed for one child: an address shared by many (a hostel, a children's home) lists the first ones.</summary>
    public const int MaxMembers = 50;


    /// <summary>
    /// The child's household and relatives for <paramref name="caller"/>; null (audited as refused) when no working group
    /// of the caller's holds data on the child.
    /// </summary>
    public async Task<IReadOnlyList<HouseholdMember>?> OfChildAsync(SubjectId child, ClaimsPrincipal caller, string purpose, CancellationToken ct)
    {
        new InputCheck().RequirePurpose(purpose, "you need to see who the child lives with").ThrowIfInvalid();
        var ids = (await registry.IdsOfPersonAsync(child, ct)).Select(i => i.Value).ToList();
        if (ids.Count == 0) throw DomainException.NotFound("subject", child.Value);
        var grantedBy = await registry.EntitlingModuleAsync(ids, caller, ct);
        if (grantedBy is null)
        {
            await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.HouseholdRead, child.ToString(), "household", purpose.Trim(), null,
                "Refused: the caller is not in a working group that holds data on this child, or has no legitimate relationship with them.", Allowed: false), ct);
            return null;
        }

        var today = clock.Today();
        var stays = await db.HouseholdAddresses.AsNoTracking().Where(a => ids.Contains(a.SubjectId)).ToListAsync(ct);
        var hashes = stays.Select(s => s.AddressHash).Distinct().ToList();
        var others = hashes.Count == 0 ? []
            : await db.HouseholdAddresses.AsNoTracking().Where(a => hashes.Contains(a.AddressHash) && !ids.Contains(a.SubjectId))
                .OrderBy(a => a.SubjectId).Take(MaxMembers * 4).ToListAsync(ct);
        var together = others
            .SelectMany(o => stays.Where(s => s.AddressHash == o.AddressHash).Select(s => Overlap(s, o)).OfType<(DateOnly? From, DateOnly? Until)>()
                .Select(span => (Record: o.SubjectId, span.From, span.Until)))
            .ToList();
        var groups = caller.WorkingGroups();
        // That someone harmed the child is the recording group's to share: other groups see neither the relationship nor, through it, the person.
        var relationships = (await db.Relationships.AsNoTracking().Where(r => ids.Contains(r.SubjectId) || ids.Contains(r.RelativeId)).ToListAsync(ct))
            .Where(r => r.Kind != RelationshipKind.PersonCausingHarm || groups.Contains(r.RecordedInModule)).ToList();

        var byPerson = new Dictionary<Guid, (List<(DateOnly? From, DateOnly? Until)> Spans, List<PersonRelationship> Relationships)>();
        async Task<(List<(DateOnly?, DateOnly?)>, List<PersonRelationship>)> EntryAsync(Guid recordId)
        {
            var root = (await registry.PersonRecordAsync(recordId, ct)).Id;
            if (!byPerson.TryGetValue(root, out var entry)) byPerson[root] = entry = ([], []);
            return entry;
        }
        foreach (var t in together) (await EntryAsync(t.Record)).Item1.Add((t.From, t.Until));
        foreach (var r in relationships) (await EntryAsync(r.OtherThan(ids))).Item2.Add(r);
        byPerson.Remove(ids[0]); // a record merged into the child is the child, not a relative

        var members = new List<HouseholdMember>();
        foreach (var (person, entry) in byPerson.Take(MaxMembers))
        {
            var personIds = (await registry.IdsOfPersonAsync(new SubjectId(person), ct)).Select(i => i.Value).ToList();
            var holding = await registry.ModulesHoldingAsync(personIds, ct);
            // The modules that entitle the reader to the member are the reader's own holding them: one rule for both.
            var yours = await registry.EntitlingAmongAsync(holding, personIds, caller, ct);
            var entitledBy = yours.FirstOrDefault();
            PersonIdentity? identity = null;
            if (entitledBy is not null)
            {
                identity = await registry.PersonIdentityAsync(person, ct);
                await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.IdentityRead, person.ToString(), "household", purpose.Trim(), entitledBy), ct);
            }
            var lives = entry.Spans.Any(s => (s.From is null || s.From <= today) && (s.Until is null || s.Until >= today));
            members.Add(new HouseholdMember(person, lives, entry.Spans.Count > 0,
                entry.Spans.Any(s => s.From is null) ? null : entry.Spans.Min(s => s.From),
                entry.Spans.Count == 0 || entry.Spans.Any(s => s.Until is null) ? null : entry.Spans.Max(s => s.Until),
                entry.Relationships.OrderBy(r => r.RecordedAt).ToList(), identity?.FullName, identity?.DateOfBirth,
                yours, holding.Except(yours).Any()));
        }

        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.HouseholdRead, child.ToString(), "household", purpose.Trim(), grantedBy,
            $"{members.Count} people listed; who they are shown for {members.Count(m => m.Name is not null)}"), ct);
        return members.OrderByDescending(m => m.LivesWithChild).ThenByDescending(m => m.Relationships.Count).ThenBy(m => m.SubjectId).ToList();
    }

    /// <summary>
    /// Records that <paramref name="relativeId"/> is the child's <paramref name="kind"/>, by the working group of
    /// <paramref name="moduleName"/>, which must hold a record on the child. Audited. Recording it grants no one the
    /// relative's identity.
    /// </summary>
    public async Task<PersonRelationship> RecordAsync(Guid subjectId, Guid relativeId, RelationshipKind kind, DateOnly? since, string moduleName,
        ClaimsPrincipal caller, CancellationToken ct)
    {
        var module = await RecordingModuleAsync(moduleName, caller, ct);
        var subjectIds = await PersonIdsAsync(subjectId, ct);
        var relativeIds = await PersonIdsAsync(relativeId, ct);
        if ((await registry.HeldUnderAsync(subjectIds, module.Name, ct)).Count == 0)
            throw DomainException.Forbidden($"{module.Name} holds no record on this child: a relationship is recorded by a working group that holds one.");
        var today = clock.Today();
        var relationship = PersonRelationship.Record(subjectIds[0], relativeIds[0], kind, since, module.Name, caller.Actor(), clock.GetUtcNow(), today);
        var symmetric = kind is RelationshipKind.Sibling or RelationshipKind.Partner;
        var lasting = await db.Relationships.AsNoTracking()
            .Where(r => r.Kind == kind && r.Until == null
                && ((subjectIds.Contains(r.SubjectId) && relativeIds.Contains(r.RelativeId)) || (symmetric && relativeIds.Contains(r.SubjectId) && subjectIds.Contains(r.RelativeId))))
            .AnyAsync(ct);
        if (lasting) throw DomainException.Conflict("This relationship is already recorded.");
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.RelationshipRecorded, relationship.SubjectId.ToString(), Module: module.Name,
            Detail: $"{relationship.RelativeId} recorded as {kind} (relationship {relationship.Id})"), ct);
        return relationship;
    }

    /// <summary>Ends a relationship, by a practitioner whose working group holds data on either person. Audited.</summary>
    public async Task<PersonRelationship> EndAsync(Guid relationshipId, DateOnly on, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        var relationship = await db.Relationships.FirstOrDefaultAsync(r => r.Id == relationshipId, ct) ?? throw DomainException.NotFound("relationship", relationshipId);
        var people = (await PersonIdsAsync(relationship.SubjectId, ct)).Concat(await PersonIdsAsync(relationship.RelativeId, ct)).ToList();
        var grantedBy = await registry.EntitlingModuleAsync(people, caller, ct)
            ?? throw DomainException.Forbidden("Only practitioners whose working groups hold data on one of these people may end their relationship.");
        relationship.End(on, reason, caller.Actor(), clock.Today());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.RelationshipEnded, relationship.SubjectId.ToString(), Purpose: relationship.EndReason,
            Module: grantedBy, Detail: $"Relationship {relationship.Id} ({relationship.Kind}) ended on {on:yyyy-MM-dd}"), ct);
        return relationship;
    }

    /// <summary>Whether any record of one person and any record of the other are recorded as related: two people, never one.</summary>
    public Task<bool> RelatedAsync(IReadOnlyCollection<Guid> one, IReadOnlyCollection<Guid> other, CancellationToken ct) =>
        db.Relationships.AnyAsync(r => (one.Contains(r.SubjectId) && other.Contains(r.RelativeId)) || (other.Contains(r.SubjectId) && one.Contains(r.RelativeId)), ct);

    /// <summary>Where two stays at one address meet in time; null when they do not (unknown dates are taken to meet).</summary>
    private static (DateOnly? From, DateOnly? Until)? Overlap(HouseholdAddress one, HouseholdAddress other)
    {
        var from = one.From is null ? other.From : other.From is null ? one.From : (one.From > other.From ? one.From : other.From);
        var until = one.To is null ? other.To : other.To is null ? one.To : (one.To < other.To ? one.To : other.To);
        return from is not null && until is not null && from > until ? null : (from, until);
    }

    private async Task<PartnershipModule> RecordingModuleAsync(string moduleName, ClaimsPrincipal caller, CancellationToken ct)
    {
        var module = catalog.Find(moduleName) ?? throw DomainException.NotFound("module", moduleName);
        if (!caller.IsPractitioner() || !caller.IsMemberOf(module.WorkingGroup))
            throw DomainException.Forbidden($"Only members of the {module.WorkingGroup} working group record relationships in its name.");
        if (!await switches.IsEnabledAsync(module.FeatureFlag, ct))
            throw DomainException.Forbidden($"{module.Name} is switched off: it records nothing until it is switched on again.");
        return module;
    }

    private async Task<IReadOnlyList<Guid>> PersonIdsAsync(Guid id, CancellationToken ct)
    {
        var ids = (await registry.IdsOfPersonAsync(new SubjectId(id), ct)).Select(i => i.Value).ToList();
        return ids.Count == 0 ? throw DomainException.NotFound("subject", id) : ids;
    }
}
