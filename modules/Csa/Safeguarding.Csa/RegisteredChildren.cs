namespace Safeguarding.Csa;

/// <summary>The subject registry as the module's records use it: only a registered child has signs, behaviour or referrals recorded.</summary>
internal static class RegisteredChildren
{
    public static async Task RequireChildAsync(this ISubjectRegistry registry, Guid subjectId, CancellationToken ct)
    {
        if (!await registry.ExistsAsync(new SubjectId(subjectId), ct)) throw DomainException.NotFound("registered child", subjectId);
    }

    /// <summary>Records that the module now holds data about the child, so its working group may see who the child is.</summary>
    public static Task EnrolInCsaAsync(this ISubjectRegistry registry, Guid subjectId, CancellationToken ct) =>
        registry.EnrolAsync(new SubjectId(subjectId), CsaModule.ModuleName, ct);
}
