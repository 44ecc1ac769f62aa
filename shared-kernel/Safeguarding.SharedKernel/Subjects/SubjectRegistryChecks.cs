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
}
