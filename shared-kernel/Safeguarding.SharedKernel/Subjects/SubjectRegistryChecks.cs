using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>The subject registry as a module's records use it.</summary>
public static class SubjectRegistryChecks
{
    /// <summary>NOT_FOUND unless the child is registered: a module records nothing about a child the registry does not hold.</summary>
    public static async Task RequireChildAsync(this ISubjectRegistry registry, Guid subjectId, CancellationToken ct)
    {
        if (!await registry.ExistsAsync(new SubjectId(subjectId), ct)) throw DomainException.NotFound("registered child", subjectId);
    }

    /// <summary>
    /// Every id of the person <paramref name="subjectId"/> stands for (<see cref="ISubjectRegistry.IdsOfPersonAsync"/>:
    /// records merged as one person), for a query over rows held under any of them; the id itself when the registry holds
    /// no record of it (a person already disposed of).
    /// </summary>
    public static async Task<List<Guid>> PersonIdsAsync(this ISubjectRegistry registry, Guid subjectId, CancellationToken ct) =>
        (await registry.IdsOfPersonAsync(new SubjectId(subjectId), ct)).Select(i => i.Value).DefaultIfEmpty(subjectId).ToList();
}
