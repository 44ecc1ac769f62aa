using GraphQL.Types;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeProblemGraphType : ObjectGraphType<FieldProblem>
{
    public IntakeProblemGraphType()
    {
        Name = "ProtectionNoticeProblem";
        Field(x => x.Field).Description("The notice's field at fault, e.g. \"children[1]\".");
        Field(x => x.Message);
    }
}
