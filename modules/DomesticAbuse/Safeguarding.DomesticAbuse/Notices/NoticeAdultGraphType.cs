using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class NoticeAdultGraphType : ObjectGraphType<NoticeAdultView>
{
    public NoticeAdultGraphType()
    {
        Name = "ProtectionNoticeAdult";
        Description = "An adult involved in an incident. Identity is held in the Domestic Abuse module only and shown to its working group.";
        Field<NonNullGraphType<IdGraphType>>("adultId").Resolve(c => c.Source.AdultId);
        Field<NonNullGraphType<EnumerationGraphType<AdultRole>>>("role").Resolve(c => c.Source.Role);
        Field(x => x.PersonReference);
        Field(x => x.Name, nullable: true);
        Field(x => x.DateOfBirth, nullable: true);
    }
}
