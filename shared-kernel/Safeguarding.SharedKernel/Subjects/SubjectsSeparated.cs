using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// Published by the subject registry when a merge is found to be wrong and undone: each record is a person of its own
/// again, with whatever each module holds under it. Nothing a module holds was moved by the merge, so nothing moves back.
/// </summary>
public sealed record SubjectsSeparated(Guid MergeId, Guid SurvivorId, Guid AbsorbedId) : IntegrationEvent;
