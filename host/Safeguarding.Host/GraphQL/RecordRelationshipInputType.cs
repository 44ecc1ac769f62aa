namespace Safeguarding.Host.GraphQL;

public sealed class RecordRelationshipInputType : RecordInputGraphType<RecordRelationshipInput>
{
    public RecordRelationshipInputType() : base("RecordRelationshipInput")
    {
        Reference(x => x.SubjectId, required: true);
        Reference(x => x.RelativeId, required: true);
        Required(x => x.Module);
    }
}
