namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// The platform's tables about a person, declared as a module declares its own: the registry (the identity, encrypted,
/// and what is derived from it), the records of who may see the child, and the bases for sharing. Disposal deletes them:
/// nothing in them is counted in a published figure. The audit log is not here: it is the record of who saw what,
/// changed by nobody, and names a person only by an id that, once the registry's record is gone, names no one.
/// </summary>
public static class PlatformPersonalData
{
    public const string HolderName = "Registry";

    public static readonly IReadOnlyList<PersonalTable> Tables =
    [
        PersonalTable.Of<SubjectRecord>(x => x.Id, Whose.Child, "Identity held by the registry (encrypted)").Dated(x => x.RegisteredAt).Withholding(x => x.ProtectedIdentity),
        PersonalTable.Of<SubjectEnrolment>(x => x.SubjectId, Whose.Child, "Module holding a record on the person").Dated(x => x.EnrolledAt),
        PersonalTable.Of<SubjectKeyHash>(x => x.SubjectId, Whose.Child, "Keyed hash of the identity, for matching").Withholding(x => x.KeyHash),
        PersonalTable.Of<HouseholdAddress>(x => x.SubjectId, Whose.Child, "Keyed hash of an address, for households").Withholding(x => x.AddressHash),
        PersonalTable.Of<PersonRelationship>(x => x.SubjectId, Whose.Child, "Relationship with another person").Dated(x => x.RecordedAt)
            .NamingOthers(x => x.SubjectId, x => x.RelativeId),
        PersonalTable.Of<PersonRelationship>(x => x.RelativeId, Whose.Child, "Relationship with another person").Dated(x => x.RecordedAt)
            .NamingOthers(x => x.SubjectId, x => x.RelativeId),
        PersonalTable.Of<PossibleDuplicate>(x => x.SubjectId, Whose.Child, "Question whether two records are one person").NamingOthers(x => x.SubjectId, x => x.CandidateId)
            .Withholding(x => x.ProtectedReasons),
        PersonalTable.Of<PossibleDuplicate>(x => x.CandidateId, Whose.Child, "Question whether two records are one person").NamingOthers(x => x.SubjectId, x => x.CandidateId)
            .Withholding(x => x.ProtectedReasons),
        PersonalTable.Of<SubjectMerge>(x => x.SurvivorId, Whose.Child, "Records merged as one person"),
        PersonalTable.Of<SubjectMerge>(x => x.AbsorbedId, Whose.Child, "Records merged as one person"),
        PersonalTable.Of<ChildAccess>(x => x.SubjectId, Whose.Child, "Practitioner's access to the person's record").Dated(x => x.From),
        PersonalTable.Of<SharingBasisRecord>(x => x.SubjectId, Whose.Child, "Basis for sharing the person's information").Dated(x => x.RecordedAt),
    ];
}
