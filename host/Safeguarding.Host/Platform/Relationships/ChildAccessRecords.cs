namespace Safeguarding.Host.Platform.Relationships;

/// <summary>
/// Recording practitioners' relationships with children: a manager allocates a practitioner of the group to a child or
/// grants them access; a practitioner with none opens sealed access in an emergency; an access is ended; the data
/// protection officer reviews sealed access. Each change is one save and audited; reasons stay with the record (they
/// may say why a child matters), the audit log holds who, when and which child.
/// </summary>
public sealed class ChildAccessRecords(
    PlatformDbContext db, SubjectRegistry registry, ChildRelationships relationships, ModuleCatalog catalog, ModuleSwitchboard switches, IAuditLog audit,
    IOptions<ChildAccessOptions> options, TimeProvider clock)
{
    public const string NoRelationshipMessage =
        "You have no relationship with this child that opens their record: ask a manager of your working group to allocate you to the child or " +
        "grant you access, or, in an emergency, open sealed access giving your reason (it is reported to the data protection officer).";

    /// <summary>A manager of <paramref name="moduleName"/>'s working group allocates <paramref name="practitioner"/> to the child.</summary>
    public async Task<ChildAccess> AllocateAsync(Guid subject, string? practitioner, string moduleName, string? note, ClaimsPrincipal manager, CancellationToken ct)
    {
        var module = await ManagedHoldingAsync(subject, moduleName, manager, "allocates its practitioners to a child", ct);
        var access = ChildAccess.Allocate(subject, practitioner, module.Name, note, manager.Actor(), clock.GetUtcNow());
        return await RecordAsync(access, AuditActions.ChildAccessAllocated, ct);
    }

    /// <summary>A manager of <paramref name="moduleName"/>'s working group grants <paramref name="practitioner"/> access to the child until a day.</summary>
    public async Task<ChildAccess> GrantAsync(Guid subject, string? practitioner, string moduleName, string? reason, DateOnly until, ClaimsPrincipal manager,
        CancellationToken ct)
    {
        var module = await ManagedHoldingAsync(subject, moduleName, manager, "grants access to a child", ct);
        var access = ChildAccess.Grant(subject, practitioner, module.Name, reason, until, manager.Actor(), clock.GetUtcNow());
        return await RecordAsync(access, AuditActions.ChildAccessGranted, ct);
    }

    /// <summary>
    /// Sealed access for a practitioner with no relationship with the child, in an emergency: opened at once for
    /// <see cref="ChildAccessOptions.SealedFor"/>, every read under it marked in the audit log, and put before the data
    /// protection officer. FORBIDDEN when none of their working groups holds a record on the child (sealed access opens
    /// what a group of theirs holds, nothing more); CONFLICT when they already have a relationship.
    /// </summary>
    public async Task<ChildAccess> OpenSealedAsync(Guid subject, string? reason, ClaimsPrincipal practitioner, CancellationToken ct)
    {
        if (!practitioner.IsPractitioner()) throw DomainException.Forbidden("Only practitioners open sealed access to a child's record.");
        var person = await PersonAsync(subject, ct);
        if (await registry.GroupEntitlingAsync(person, practitioner, ct) is null)
            throw DomainException.Forbidden("Sealed access opens a child's record only to a member of a working group that holds a record on the child, and none of yours does.");
        var access = ChildAccess.OpenSealed(subject, practitioner.Actor(), reason, clock.GetUtcNow(), options.Value.SealedFor);
        if (await relationships.CurrentAsync(person, practitioner, ct) is { } current)
            throw DomainException.Conflict($"You do not need sealed access: you already have a relationship with this child ({Describe(current)}).");
        return await RecordAsync(access, AuditActions.SealedAccessOpened, ct);
    }

    /// <summary>
    /// Ends an access now: the practitioner it is for, or a manager of the working group it came through. NOT_FOUND for
    /// an unknown id, FORBIDDEN for anyone else, CONFLICT when it has already ended or lapsed.
    /// </summary>
    public async Task<ChildAccess> EndAsync(Guid id, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        var access = await db.ChildAccesses.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("child access", id);
        var own = caller.IsPractitioner() && string.Equals(access.Practitioner, caller.Actor(), StringComparison.OrdinalIgnoreCase);
        if (!own && !(access.Module is { } module && caller.Manages(module)))
            throw DomainException.Forbidden("An access to a child is ended by the practitioner it is for or by a manager of the working group that gave it.");
        access.End(reason, caller.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        relationships.Forget();
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.ChildAccessEnded, access.SubjectId.ToString(), Module: access.Module,
            Detail: $"{access.Kind} for {access.Practitioner}"), ct);
        return access;
    }

    /// <summary>
    /// The data protection officer's finding on a sealed access. NOT_FOUND for an unknown id; CONFLICT for access that is
    /// not sealed or already reviewed.
    /// </summary>
    public async Task<ChildAccess> ReviewSealedAsync(Guid id, SealedAccessOutcome outcome, string? note, ClaimsPrincipal officer, CancellationToken ct)
    {
        if (!officer.IsDataProtectionOfficer()) throw DomainException.Forbidden("Sealed access is reviewed by the data protection officer.");
        var access = await db.ChildAccesses.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("sealed access", id);
        access.Review(outcome, note, officer.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEntry(officer.Actor(), AuditActions.SealedAccessReviewed, access.SubjectId.ToString(),
            Detail: $"{outcome} for {access.Practitioner}"), ct);
        return access;
    }

    /// <summary>
    /// Everyone's access to the child (under any of their ids), current and past, newest first: for the data protection
    /// officer, a manager of a working group holding the child, and a practitioner with a relationship with the child.
    /// </summary>
    public async Task<IReadOnlyList<ChildAccess>> OfChildAsync(Guid subject, ClaimsPrincipal caller, CancellationToken ct)
    {
        var person = await PersonAsync(subject, ct);
        if (!caller.IsDataProtectionOfficer() && !await ManagesHoldingAsync(person, caller, ct) && await relationships.CurrentAsync(person, caller, ct) is null)
            throw DomainException.Forbidden("Who has access to a child is shown to the data protection officer, to managers of working groups holding the child, " +
                                            "and to practitioners with a relationship with the child.");
        return await db.ChildAccesses.AsNoTracking().Where(a => person.Contains(a.SubjectId)).OrderByDescending(a => a.From).ThenByDescending(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Sealed accesses for the data protection officer, newest first; <paramref name="reviewed"/> narrows to reviewed or waiting.</summary>
    public IQueryable<ChildAccess> Sealed(bool? reviewed, ClaimsPrincipal officer)
    {
        if (!officer.IsDataProtectionOfficer()) throw DomainException.Forbidden("Sealed accesses are reviewed by the data protection officer.");
        var q = db.ChildAccesses.AsNoTracking().Where(a => a.Kind == ChildAccessKind.Sealed);
        return reviewed switch
        {
            true => q.Where(a => a.ReviewOutcome != null),
            false => q.Where(a => a.ReviewOutcome == null),
            null => q,
        };
    }

    private async Task<ChildAccess> RecordAsync(ChildAccess access, string action, CancellationToken ct)
    {
        db.ChildAccesses.Add(access);
        await db.SaveChangesAsync(ct);
        relationships.Forget();
        await audit.RecordAsync(new AuditEntry(access.RecordedBy, action, access.SubjectId.ToString(), Module: access.Module,
            Detail: access.Until is { } until ? $"{access.Kind} for {access.Practitioner} until {UkTime.Show(until)}" : $"{access.Kind} for {access.Practitioner}"), ct);
        return access;
    }

    /// <summary>
    /// The module whose working group <paramref name="manager"/> manages, switched on and holding a record on the child.
    /// NOT_FOUND for an unknown module or child; FORBIDDEN for anyone but a manager of the group; CONFLICT when the group
    /// holds nothing on the child (a manager gives access to what the group holds, no more).
    /// </summary>
    private async Task<PartnershipModule> ManagedHoldingAsync(Guid subject, string moduleName, ClaimsPrincipal manager, string what, CancellationToken ct)
    {
        var module = catalog.Find(moduleName) ?? throw DomainException.NotFound("module", moduleName);
        if (!manager.Manages(module.WorkingGroup)) throw DomainException.Forbidden($"Only a manager of the {module.WorkingGroup} working group {what}.");
        await switches.EnsureOnAsync(module, null, ct);
        var person = await PersonAsync(subject, ct);
        if ((await registry.HeldUnderAsync(person, module.Name, ct)).Count == 0)
            throw DomainException.Conflict($"The {module.WorkingGroup} working group holds no record on this child: a manager gives access to what the group holds.");
        return module;
    }

    private async Task<bool> ManagesHoldingAsync(IReadOnlyCollection<Guid> person, ClaimsPrincipal caller, CancellationToken ct) =>
        (await registry.ModulesHoldingAsync(person, ct)).Any(m => caller.Manages(catalog.Find(m)?.WorkingGroup ?? m));

    private async Task<IReadOnlyList<Guid>> PersonAsync(Guid subject, CancellationToken ct)
    {
        var ids = await registry.IdsOfPersonAsync(new SubjectId(subject), ct);
        return ids.Count == 0 ? throw DomainException.NotFound("subject", subject) : ids.Select(i => i.Value).ToList();
    }

    private static string Describe(ChildRelationship r) => r.Kind switch
    {
        ChildAccessKind.Allocated => $"allocated{(r.Module is null ? "" : $" in {r.Module}")}",
        ChildAccessKind.Granted => $"granted by a manager of {r.Module} until {UkTime.Show(r.Until!.Value)}",
        ChildAccessKind.Agency => $"your agency's open record in {r.Module}",
        _ => $"sealed access until {UkTime.Show(r.Until!.Value)}",
    };
}
