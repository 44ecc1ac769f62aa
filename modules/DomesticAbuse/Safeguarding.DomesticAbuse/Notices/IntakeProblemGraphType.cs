namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeProblemGraphType : RecordGraphType<FieldProblem>
{
    public IntakeProblemGraphType() : base("ProtectionNoticeProblem", null)
    {
        Describe(x => x.Field, "The notice's field at fault, e.g. \"children[1]\".");
    }
}
