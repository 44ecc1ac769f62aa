namespace Safeguarding.Host.Platform;

/// <summary>
/// A child's one chronology across the partnership: every module that keeps dated entries about children contributes
/// them (<see cref="PartnershipModule.ChronologySource"/>), in time order, each with its module, agency and recorder. A
/// module's entries are read by the rule for every part of a child (<see cref="ChildParts"/>): while it is on, for a
/// reader with a legitimate relationship with the child who is in its working group, or outside it when the group
/// recorded a lawful basis that permits sharing. The others are named, with the reason, and never read. Every module's
/// part, shown or withheld, is audited with the reader's purpose, a read under sealed access or shared on a basis marked so.
/// </summary>
public sealed class ChildChronology(ModuleCatalog catalog, IAuditLog audit, ChildParts parts, IServiceProvider services)
{
    public const string AuditField = "chronology";

    public async Task<SubjectChronology> ReadAsync(IReadOnlyCollection<SubjectId> child, ClaimsPrincipal reader, string purpose, CancellationToken ct)
    {
        var subject = child.First().ToString();
        var entries = new List<ChronologyLine>();
        var withheld = new List<WithheldChronology>();
        foreach (var module in catalog.Modules.Where(m => m.ChronologySource is not null).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var part = await parts.DecideAsync(child, module.Name, reader.Allows(Access.WorkingGroupMember, module.WorkingGroup), reader, ct);
            await audit.RecordAsync(new AuditEntry(reader.Actor(), AuditActions.SubjectPartRead, subject, AuditField, purpose, module.Name, part.Note ?? part.AuditMark,
                Allowed: part.Shown), ct);
            if (!part.Shown)
            {
                withheld.Add(new WithheldChronology(module.Name, part.Note!));
                continue;
            }
            var source = (IChronologySource)services.GetRequiredService(module.ChronologySource!);
            entries.AddRange((await source.EntriesAsync(child, ct)).Select(e => new ChronologyLine(e.At, module.Name, e.What, e.Agency, e.RecordedBy, e.Subject.Value)));
        }
        return new SubjectChronology(entries.OrderBy(e => e.At).ThenBy(e => e.Module, StringComparer.Ordinal).ToList(), withheld);
    }
}
