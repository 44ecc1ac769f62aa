using System.Security.Claims;
using Safeguarding.Host.GraphQL;
using Safeguarding.Host.Platform.Relationships;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform;

/// <summary>
/// A child's one chronology across the partnership: every module that keeps dated entries about children contributes
/// them (<see cref="PartnershipModule.ChronologySource"/>), in time order, each with its module, agency and recorder. A
/// module's entries are read only for members of its working group while it is on; the others are named, with the
/// reason, and never read; all of them without a legitimate relationship with the child. Every module's part, shown or
/// withheld, is audited with the reader's purpose, a read under sealed access marked so.
/// </summary>
public sealed class ChildChronology(ModuleCatalog catalog, IModuleSwitch switches, IAuditLog audit, ChildRelationships relationships, IServiceProvider services)
{
    public const string AuditField = "chronology";

    public async Task<SubjectChronology> ReadAsync(IReadOnlyCollection<SubjectId> child, ClaimsPrincipal reader, string purpose, CancellationToken ct)
    {
        var subject = child.First().ToString();
        var entries = new List<ChronologyLine>();
        var withheld = new List<WithheldChronology>();
        var relationship = await relationships.CurrentAsync(child.Select(c => c.Value).ToList(), reader, ct);
        foreach (var module in catalog.Modules.Where(m => m.ChronologySource is not null).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var note = !await switches.IsEnabledAsync(module.FeatureFlag, ct) ? SubjectViewGraph.SwitchedOffNote(module.Name)
                : !reader.Allows(Access.WorkingGroupMember, module.WorkingGroup) ? SubjectViewGraph.NotInGroupNote(module.WorkingGroup)
                : relationship is null ? SubjectViewGraph.NoRelationshipNote
                : null;
            await audit.RecordAsync(new AuditEntry(reader.Actor(), AuditActions.SubjectPartRead, subject, AuditField, purpose, module.Name, note ?? relationship?.AuditMark,
                Allowed: note is null), ct);
            if (note is not null)
            {
                withheld.Add(new WithheldChronology(module.Name, note));
                continue;
            }
            var source = (IChronologySource)services.GetRequiredService(module.ChronologySource!);
            entries.AddRange((await source.EntriesAsync(child, ct)).Select(e => new ChronologyLine(e.At, module.Name, e.What, e.Agency, e.RecordedBy, e.Subject.Value)));
        }
        return new SubjectChronology(entries.OrderBy(e => e.At).ThenBy(e => e.Module, StringComparer.Ordinal).ToList(), withheld);
    }
}
