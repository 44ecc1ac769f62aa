namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultGraphType() : RecordGraphType<NoticeAdultView>("ProtectionNoticeAdult",
    "An adult involved in an incident. Identity is held in the Domestic Abuse module only and shown to its working group.");
