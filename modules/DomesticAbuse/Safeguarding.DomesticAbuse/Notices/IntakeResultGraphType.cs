using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeResultGraphType : ObjectGraphType<IntakeResult>
{
    public IntakeResultGraphType()
    {
        Name = "ProtectionNoticeIntakeResult";
        Field(x => x.Index).Description("The notice's position in the batch, from 0.");
        Field(x => x.PoliceReference, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<IntakeOutcome>>>("outcome").Description("STORED, DUPLICATE (already stored: not an error) or REJECTED (see problems).").Resolve(c => c.Source.Outcome);
        Field<IdGraphType>("noticeId").Description("The stored notice (for a duplicate, the one stored before).").Resolve(c => c.Source.NoticeId);
        Field(x => x.EncompassNotifications).Description("How many schools were notified under Operation Encompass.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntakeProblemGraphType>>>>("problems").Resolve(c => c.Source.Problems);
    }
}
