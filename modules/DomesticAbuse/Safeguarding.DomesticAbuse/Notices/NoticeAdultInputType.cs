namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultInputType() : RecordInputGraphType<NoticeAdultInput>("ProtectionNoticeAdultInput");
