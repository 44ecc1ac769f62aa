namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultInputType : RecordInputGraphType<NoticeAdultInput>
{
    public NoticeAdultInputType() : base("ProtectionNoticeAdultInput")
    {
        Describe(x => x.Role, "VICTIM or PERSON_CAUSING_HARM.");
        Describe(x => x.PersonReference, "The police's reference for the person: repeat incidents involving the same person are found by it.");
    }
}
