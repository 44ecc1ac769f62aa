using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// Published by the subject registry when a practitioner confirms that two records are one person: the absorbed record
/// is now an alias of the survivor, and <see cref="ISubjectRegistry.IdsOfPersonAsync"/> answers both for either. A module
/// keeps its rows under the id each was recorded with and reads the person through those ids; a handler re-applies a
/// rule that counts across a person's records (the CSA module's flag for a multi-agency discussion, say).
/// </summary>
/// <param name="MergeId">The merge, which <see cref="SubjectsSeparated"/> names if it is undone.</param>
public sealed record SubjectsMerged(Guid MergeId, Guid SurvivorId, Guid AbsorbedId) : IntegrationEvent;
