using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultInputType : InputObjectGraphType<NoticeAdultInput>
{
    public NoticeAdultInputType()
    {
        Name = "ProtectionNoticeAdultInput";
        Field<EnumerationGraphType<AdultRole>>("role").Description("VICTIM or PERSON_CAUSING_HARM.");
        Field<StringGraphType>("personReference").Description("The police's reference for the person: repeat incidents involving the same person are found by it.");
        Field<StringGraphType>("name");
        Field<DateOnlyGraphType>("dateOfBirth");
    }
}
