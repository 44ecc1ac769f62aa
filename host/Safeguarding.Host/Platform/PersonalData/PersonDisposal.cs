namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// Disposes of a person in every module and the registry in one go, from the declarations alone: each declared row is
/// deleted or anonymised (kept, so that the figures it is counted in stay true, under a new id that names nobody, its
/// identifying text blanked), and the events the modules keep in their outbox and inbox are rewritten to the same new
/// ids, so that a replay of the history brings nobody back. Each module's part is one transaction in its own database;
/// the registry goes last, so that a run that fails part-way is run again with the same id and finishes: a part already
/// done finds nothing more to do. Audited with who, when, the reason and the counts; no identity.
/// </summary>
public sealed class PersonDisposal(IServiceScopeFactory scopes, ModuleCatalog catalog, SubjectRegistry registry, IAuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Disposes of the person <paramref name="subjectId"/> stands for (every id of theirs). Data protection officer only
    /// (FORBIDDEN otherwise); VALIDATION without a reason in words. A person already disposed of gives counts of nothing.
    /// </summary>
    public async Task<PersonDisposed> DisposeAsync(SubjectId subjectId, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (!caller.IsDataProtectionOfficer()) throw DomainException.Forbidden("Only the data protection officer disposes of a person's records.");
        new InputCheck()
            .Require(ChildAccess.IsReasonInWords(reason), "reason", "Say why the person's records are disposed of, in words (at least two words): the retention period, or the request.")
            .OptionalText(reason, "reason", "The reason", 1000)
            .ThrowIfInvalid();

        var ids = await registry.PersonIdsAsync(subjectId.Value, ct);
        // Each id of the person's gets a new id of its own, so that rows held apart under two ids (an open plan each) stay apart.
        var newIds = ids.ToDictionary(id => id, _ => Guid.NewGuid());
        var done = new List<DisposedRows>();
        foreach (var holder in PersonalDataHolder.All(catalog)) done.AddRange(await DisposeInAsync(holder, newIds, ct));

        var at = clock.GetUtcNow();
        var by = caller.Actor();
        await audit.RecordAsync(new AuditEntry(by, AuditActions.PersonDisposed, subjectId.ToString(), Purpose: reason!.Trim(),
            Detail: done.Count == 0 ? "Nothing held: already disposed of." : string.Join("; ", done.Select(d => $"{d.Holder} {d.Kind}: {d.Rows} {d.Disposal.ToString().ToLowerInvariant()}d"))),
            CancellationToken.None);
        return new PersonDisposed(subjectId.Value, at, by, done);
    }

    private async Task<IReadOnlyList<DisposedRows>> DisposeInAsync(PersonalDataHolder holder, IReadOnlyDictionary<Guid, Guid> newIds, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = holder.ContextIn(scope.ServiceProvider);
        var done = new List<DisposedRows>();
        foreach (var table in holder.Tables)
        {
            var rows = await PersonalRows.DisposeAsync(db, table, newIds, ct);
            if (rows > 0) done.Add(new DisposedRows(holder.Name, table.Kind, table.Disposal, rows));
        }
        if (db is ModuleDbContext module) await RewriteEventsAsync(module.Outbox, module.Inbox, newIds, ct);
        else if (db is PlatformDbContext platform) await RewriteEventsAsync(platform.Outbox, null, newIds, ct); // the registry's merges
        await db.SaveChangesAsync(ct);
        return done;
    }

    /// <summary>The stored events that carry one of the person's ids carry its new id instead (System.Text.Json writes ids in lower case).</summary>
    private static async Task RewriteEventsAsync(DbSet<OutboxMessage> outbox, DbSet<InboxMessage>? inbox, IReadOnlyDictionary<Guid, Guid> newIds, CancellationToken ct)
    {
        foreach (var (id, newId) in newIds)
        {
            var old = id.ToString("D");
            var replacement = newId.ToString("D");
            foreach (var message in await outbox.Where(m => m.Payload.Contains(old)).ToListAsync(ct)) message.Payload = message.Payload.Replace(old, replacement);
            if (inbox is null) continue;
            foreach (var message in await inbox.Where(m => m.Payload.Contains(old)).ToListAsync(ct)) message.Payload = message.Payload.Replace(old, replacement);
        }
    }
}
