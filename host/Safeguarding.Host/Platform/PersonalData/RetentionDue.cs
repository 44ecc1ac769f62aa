namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>A person whose records are due for disposal: by their pseudonymous id only, never who they are.</summary>
/// <param name="SubjectId">The person's subject id (the id that represents them in the registry).</param>
/// <param name="Kind">The retention rule their records follow.</param>
/// <param name="Modules">The modules holding records on them.</param>
/// <param name="Records">How many rows the modules hold on them (the registry's apart).</param>
/// <param name="LastActivityOn">The UK day of the latest activity on any of their records (their registration, if nothing later).</param>
/// <param name="DueOn">The day their records became due for disposal.</param>
/// <param name="Basis">Why that day, in words.</param>
public sealed record RetentionDue(Guid SubjectId, RetentionKind Kind, IReadOnlyList<string> Modules, int Records, DateOnly LastActivityOn, DateOnly DueOn,
    string Basis);
