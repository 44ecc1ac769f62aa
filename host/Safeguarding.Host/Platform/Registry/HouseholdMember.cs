namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Someone who lives or lived with a child (an address shared at the same time), or whom a working group recorded as
/// related to them. Who they are (<see cref="Name"/>, <see cref="DateOfBirth"/>) is shown only to a reader entitled to
/// see it; that other parts of the partnership hold records on them (<see cref="HeldElsewhere"/>) is shown to every
/// reader entitled to the child: the flag that lets a practitioner see a risk to one child in the household of another.
/// </summary>
/// <param name="Relationships">How this person is related to the child, as each working group recorded it.</param>
public sealed record HouseholdMember(
    Guid SubjectId,
    bool LivesWithChild,
    bool LivedWithChild,
    DateOnly? LivedTogetherFrom,
    DateOnly? LivedTogetherUntil,
    IReadOnlyList<PersonRelationship> Relationships,
    string? Name,
    DateOnly? DateOfBirth,
    IReadOnlyList<string> HeldByYourGroups,
    bool HeldElsewhere);
