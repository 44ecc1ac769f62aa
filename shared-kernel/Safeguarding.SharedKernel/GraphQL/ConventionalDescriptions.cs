using GraphQL.Types;
using GraphQL.Utilities;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// Describes the names that mean the same on every type, where nothing more particular was written: a record's
/// <c>id</c>, a <c>subjectId</c> field or argument naming a child or young person in the subject registry, and the
/// <c>Decimal</c> scalar. Written once here rather than on some fifty properties that would all say the same sentence;
/// a description given beside the code always stands.
/// </summary>
public sealed class ConventionalDescriptions : BaseSchemaNodeVisitor
{
    public const string SubjectIdField = "The child or young person this is about, by their id in the partnership's subject registry (read them with subjectView, if entitled).";
    public const string SubjectIdArgument = "The child or young person, by their id in the partnership's subject registry.";

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Describe(field, type);

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => Describe(field, type);

    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (argument.Name == "subjectId") argument.Description ??= SubjectIdArgument;
    }

    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema)
    {
        if (field.Name == "subjectId") field.Description ??= SubjectIdArgument;
    }

    public override void VisitScalar(ScalarGraphType type, ISchema schema)
    {
        if (type is DecimalGraphType)
            type.Description ??= "A decimal number kept exactly as written, without binary rounding: sums of money in pounds sterling, and percentages. Written as a JSON number.";
    }

    private static void Describe(FieldType field, IComplexGraphType type) => field.Description ??= field.Name switch
    {
        "id" => $"Identifies this {type.Name}, unchanged for as long as the partnership keeps it: give it back to act on the record or read it again.",
        "subjectId" => SubjectIdField,
        _ => null,
    };
}
