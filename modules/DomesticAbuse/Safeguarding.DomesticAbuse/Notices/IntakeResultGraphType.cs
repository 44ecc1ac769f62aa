namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeResultGraphType : RecordGraphType<IntakeResult>
{
    public IntakeResultGraphType() : base("ProtectionNoticeIntakeResult", null)
    {
        Describe(x => x.Index, "The notice's position in the batch, from 0.");
        Describe(x => x.Outcome, "STORED, DUPLICATE (already stored: not an error) or REJECTED (see problems).");
        Describe(x => x.NoticeId, "The stored notice (for a duplicate, the one stored before).");
        Describe(x => x.EncompassNotifications, "How many schools were notified under Operation Encompass.");
        ShownAs<IntakeProblemGraphType>(x => x.Problems);
    }
}
