using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class ProtectionNoticeInputType : InputObjectGraphType<ProtectionNoticeInput>
{
    public ProtectionNoticeInputType()
    {
        Name = "ProtectionNoticeInput";
        Description = "A police Public Protection Notice. Fields are checked per notice, so one bad notice in a batch is reported without failing the others.";
        Field<StringGraphType>("policeReference").Description("The police reference: a notice is stored once per reference (compared in upper case).");
        Field<StringGraphType>("reportingAgency").Description($"One of the partnership's agencies, whatever the letter case; stored as the partnership spells it. Default \"{NoticeIntake.DefaultReportingAgency}\".");
        Field<DateTimeOffsetGraphType>("incidentAt").Description("When the incident happened (not in the future; within two years).");
        Field<StringGraphType>("locationArea").Description("The area of the city where it happened (never an address).");
        Field<ListGraphType<IdGraphType>>("children").Description($"The children present or affected: registered subject ids, 1 to {NoticeIntake.MaxChildren}.");
        Field<ListGraphType<NoticeAdultInputType>>("adults").Description($"The adults involved (victim, person causing harm), up to {NoticeIntake.MaxAdults}.");
    }
}
