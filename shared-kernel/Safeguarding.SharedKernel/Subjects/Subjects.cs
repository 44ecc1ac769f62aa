using System.Security.Claims;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>The pseudonymous id by which every module refers to a child. Carries no identity.</summary>
public readonly record struct SubjectId(Guid Value)
{
    public static SubjectId New() => new(Guid.NewGuid());
    public override string ToString() => Value.ToString("D");
    public static bool TryParse(string? s, out SubjectId id)
    {
        id = default;
        if (!Guid.TryParse(s, out var g) || g == Guid.Empty) return false;
        id = new SubjectId(g);
        return true;
    }
}

/// <summary>A child's identifying details: special-category personal data, held once, encrypted at rest.</summary>
public sealed record SubjectIdentity(string Name, DateOnly DateOfBirth, string? NhsNumber)
{
    /// <summary>Everything the registry holds about the person (names apart, other names, identifiers, addresses), when read from it.</summary>
    public PersonIdentity? Person { get; init; }
}

/// <summary>The one place that holds children's identities. Modules hold only subject ids.</summary>
public interface ISubjectRegistry
{
    Task<bool> ExistsAsync(SubjectId id, CancellationToken ct = default);

    /// <summary>Which of these ids are registered children: one question for a whole batch (an intake of notices, say); none asked, none asked of the database.</summary>
    Task<IReadOnlySet<SubjectId>> RegisteredAmongAsync(IReadOnlyCollection<SubjectId> ids, CancellationToken ct = default);

    /// <summary>Registers a child, enrolled in the module whose working group registers them.</summary>
    Task<SubjectId> RegisterAsync(SubjectIdentity identity, string module, string registeredBy, CancellationToken ct = default);

    /// <summary>
    /// Registers a person named on an intake or by a practitioner: the person already held (MATCHED, now enrolled in
    /// <paramref name="module"/>), a new record (NEW), or a new record with a question on the review queue (NEEDS_REVIEW).
    /// Audited. Names and a date of birth alone never match a record without a practitioner deciding.
    /// </summary>
    Task<SubjectRegistration> RegisterPersonAsync(PersonIdentity identity, string module, string registeredBy, CancellationToken ct = default);

    /// <summary>
    /// Registers people who arrive together (an intake's children and adults) as <see cref="RegisterPersonAsync"/> would
    /// one after the other, a later one matched against the records the earlier ones made, in one transaction: one
    /// registration for each identity, in the order given.
    /// </summary>
    Task<IReadOnlyList<SubjectRegistration>> RegisterPeopleAsync(IReadOnlyList<PersonIdentity> people, string module, string registeredBy, CancellationToken ct = default);

    /// <summary>Records that a module holds data about the subject, so that its working group may see who the child is.</summary>
    Task EnrolAsync(SubjectId id, string module, CancellationToken ct = default);

    /// <summary>Enrols many children in a module at once (one read, one write); those already enrolled are left as they are.</summary>
    Task EnrolAllAsync(IReadOnlyCollection<SubjectId> ids, string module, CancellationToken ct = default);

    /// <summary>The modules that hold data on the person, under this id or any other id of theirs (records merged as one child).</summary>
    Task<IReadOnlyList<string>> ModulesHoldingAsync(SubjectId id, CancellationToken ct = default);

    /// <summary>
    /// Every id of the person <paramref name="id"/> stands for: the id that represents them first, then the ids of the
    /// records merged into it. A module that keeps rows under the id each was recorded with reads a whole child through these.
    /// </summary>
    Task<IReadOnlyList<SubjectId>> IdsOfPersonAsync(SubjectId id, CancellationToken ct = default);

    /// <summary>
    /// Reads a subject's identity for a caller with a stated purpose. Throws a FORBIDDEN error when the caller
    /// is not entitled; every read, allowed or refused, is written to the audit log.
    /// </summary>
    Task<SubjectIdentity> ReadIdentityAsync(SubjectId id, ClaimsPrincipal caller, string field, string purpose, CancellationToken ct = default);
}
