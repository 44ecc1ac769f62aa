namespace Safeguarding.Governance.Bodies;

public sealed class AddBodyMemberInputType : RecordInputGraphType<AddBodyMemberInput>
{
    public AddBodyMemberInputType() : base("AddBodyMemberInput")
    {
        Reference(x => x.BodyId, required: true);
        Reference(x => x.PartnerId, required: true);
        Describe(x => x.Role, "The post that holds the seat, e.g. \"Director of Children's Services\".");
        Optional(x => x.IsChair);
    }
}
