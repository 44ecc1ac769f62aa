using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform.Sharing;

/// <summary>
/// The partnership's one rule for who is shown a module's part of a child's picture (a view's part, the module's
/// entries in the child's chronology), which the subject view, its gate on each module's fields and the chronology all
/// ask, so a new module gets it without code:
/// <list type="number">
/// <item>the module is switched on;</item>
/// <item>the reader has a legitimate relationship with the child (<see cref="ChildRelationships"/>);</item>
/// <item>the reader is in the module's working group, or the group recorded a lawful basis that permits sharing
/// (consent given, consent overridden, a statutory gateway), which the part then carries.</item>
/// </list>
/// A part refused says so in words that are the same whether or not the module holds anything on the child.
/// </summary>
public sealed class ChildParts(ModuleCatalog catalog, IModuleSwitch switches, ChildRelationships relationships, InformationSharing sharing)
{
    public static string SwitchedOffNote(string module) => $"The {module} module is switched off.";

    /// <summary>
    /// Why a part is not shown to a reader outside its working group: no lawful basis that permits sharing was recorded,
    /// or the module holds nothing on the child. One note for both, so it tells nothing of what the module holds.
    /// </summary>
    public static string NotSharedNote(string group) =>
        $"Not shown outside the {group} working group: it shares a child's information only on a recorded lawful basis.";

    /// <summary>
    /// Why a part is not shown to a reader without a relationship with the child: the same for every part and every
    /// child, so it says nothing of what any module holds.
    /// </summary>
    public const string NoRelationshipNote = "Not shown: you have no relationship with this child that opens their record (an allocation, a manager's grant, " +
                                             "your agency's open record, or sealed access).";

    /// <param name="person">The ids of the child (one person, merged records included).</param>
    /// <param name="module">The module whose part is asked for.</param>
    /// <param name="inGroup">Whether the reader may read the module's fields as a member of its working group.</param>
    public async Task<ChildPart> DecideAsync(IReadOnlyCollection<SubjectId> person, string module, bool inGroup, ClaimsPrincipal reader, CancellationToken ct)
    {
        var found = catalog.Find(module);
        if (!await switches.IsEnabledAsync(found?.FeatureFlag ?? module, ct)) return ChildPart.Withheld(SwitchedOffNote(module));
        var relationship = await relationships.CurrentAsync(person.Select(p => p.Value).ToList(), reader, ct);
        if (relationship is null) return ChildPart.Withheld(NoRelationshipNote);
        var basis = (await sharing.BasesAsync(person, ct)).GetValueOrDefault(module);
        if (inGroup) return new ChildPart(true, null, relationship.AuditMark, basis);
        return basis is { PermitsSharing: true }
            ? new ChildPart(true, null, $"{relationship.AuditMark}; shared outside the group. {basis.AuditMark}", basis)
            : ChildPart.Withheld(NotSharedNote(found?.WorkingGroup ?? module));
    }
}
