namespace Safeguarding.Governance.Bodies;

public sealed class AddBodyMemberInputType : RecordInputGraphType<AddBodyMemberInput>
{
    public AddBodyMemberInputType() : base("AddBodyMemberInput")
    {
        Reference(x => x.BodyId, required: true);
        Reference(x => x.PartnerId, required: true);
        Optional(x => x.IsChair);
        Required(x => x.Role);
    }
}
