namespace Safeguarding.Host.GraphQL;

public sealed class SubjectMergeGraphType : RecordGraphType<SubjectMerge>
{
    public SubjectMergeGraphType() : base("SubjectMerge",
        "Two records confirmed as one child: the absorbed id is an alias of the survivor's, and every module's records under either id belong to the child.")
    {
        Describe(x => x.Stands, "False once separated again.");
        Field<NonNullGraphType<SubjectGraphType>>("survivor").Description("The record that stands for the child, the older of the two.").Resolve(c => new SubjectId(c.Source.SurvivorId));
        Field<NonNullGraphType<SubjectGraphType>>("absorbed").Description("The record that became an alias of the survivor.").Resolve(c => new SubjectId(c.Source.AbsorbedId));
    }
}
