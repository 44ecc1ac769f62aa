namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultGraphType : RecordGraphType<NoticeAdultView>
{
    public NoticeAdultGraphType() : base("ProtectionNoticeAdult",
        "An adult involved in an incident. Who they are is held by the partnership's registry: read it through `person { identity(purpose:) }`, " +
        "as the Domestic Abuse working group, with a stated purpose; every read is audited.", x => x.SubjectId)
    {
        Field<SubjectGraphType>("person")
            .Description("The adult in the partnership's registry; null while the notices named them only by the police's person reference.")
            .Resolve(c => c.Source.SubjectId is { } id ? new SubjectId(id) : null);
    }
}
