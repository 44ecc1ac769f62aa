namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// A module's contribution to a child's one chronology (<see cref="Modules.PartnershipModule.ChronologySource"/>). The host
/// asks it only for a reader entitled to the module's part, with the module switched on, and audits the read; the
/// source reads its own tables, under every id the child is known by, and does no access checks of its own.
/// </summary>
public interface IChronologySource
{
    Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(IReadOnlyCollection<SubjectId> child, CancellationToken ct);
}
