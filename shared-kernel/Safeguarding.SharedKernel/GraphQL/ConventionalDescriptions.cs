using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// Describes the names that mean the same on every type, where nothing more particular was written: a record's
/// <c>id</c>, a <c>subjectId</c> field or argument naming a child or young person in the subject registry, and the
/// <c>Decimal</c> scalar; and a type that only one field reaches, by that field: a mutation's input type as what the
/// mutation takes, a record nested in another as an entry of the field that holds it. Written once here rather than on
/// some fifty properties that would all say the same sentence; a description given beside the code always stands.
/// </summary>
public sealed class ConventionalDescriptions : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Describe(field, type);
    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => Describe(field, type);
    public override void VisitObjectFieldArgumentDefinition(QueryArgument argument, FieldType field, IObjectGraphType type, ISchema schema) =>
        argument.Description ??= argument.Name == "subjectId" ? SubjectIdArgument : null;
    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) =>
        field.Description ??= field.Name == "subjectId" ? SubjectIdArgument : null;
    public override void VisitScalar(ScalarGraphType type, ISchema schema) => type.Description ??= type is DecimalGraphType ? DecimalScalar : null;

    public override void PostVisitSchema(ISchema schema)
    {
        // Root fields first, then the types they reach, breadth first: a nested type is described after its parent.
        var reached = new Queue<(IComplexGraphType Parent, FieldType Field, IGraphType Type)>();
        foreach (var root in new IComplexGraphType?[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<IComplexGraphType>())
            foreach (var field in root.Fields)
            {
                foreach (var argument in field.Arguments ?? [])
                    if (argument.ResolvedType?.GetNamedType() is IInputObjectGraphType input) reached.Enqueue((root, field, input));
                if (field.ResolvedType?.GetNamedType() is IObjectGraphType answer) reached.Enqueue((root, field, answer));
            }
        var reachedBy = new Dictionary<IGraphType, List<(IComplexGraphType Parent, FieldType Field)>>();
        var seen = new HashSet<IGraphType>();
        while (reached.TryDequeue(out var next))
        {
            if (!reachedBy.TryGetValue(next.Type, out var by)) reachedBy[next.Type] = by = [];
            by.Add((next.Parent, next.Field));
            if (!seen.Add(next.Type) || next.Type is not IComplexGraphType complex) continue;
            foreach (var field in complex.Fields)
                if (field.ResolvedType?.GetNamedType() is IInputObjectGraphType or IObjectGraphType and not IInterfaceGraphType)
                    reached.Enqueue((complex, field, field.ResolvedType.GetNamedType()));
        }
        foreach (var type in seen.OfType<IComplexGraphType>().Where(t => t.Description is null))
        {
            if (reachedBy[type].DistinctBy(r => (r.Parent, r.Field)).ToList() is not [var only]) continue;
            var root = only.Parent == schema.Query || only.Parent == schema.Mutation || only.Parent == schema.Subscription;
            var what = only.Field.Description is { } said ? " " + said : "";
            type.Description = (root, type) switch
            {
                (true, IInputObjectGraphType) => $"What {only.Field.Name} takes.{what}",
                (true, _) => $"What {only.Field.Name} answers.{what}",
                (false, _) when only.Field.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType } =>
                    $"An entry of {only.Parent.Name}.{only.Field.Name}.{what}",
                _ => $"The {only.Field.Name} of a {only.Parent.Name}.{what}",
            };
        }
    }

    private static void Describe(FieldType field, IComplexGraphType type) => field.Description ??= field.Name switch
    {
        "id" => $"Identifies this {type.Name}, unchanged for as long as the partnership keeps it: give it back to act on the record or read it again.",
        "subjectId" => SubjectIdField,
        _ => null,
    };

    private const string SubjectIdField = "The child or young person this is about, by their id in the partnership's subject registry (read them with subjectView, if entitled).";
    private const string SubjectIdArgument = "The child or young person, by their id in the partnership's subject registry.";
    private const string DecimalScalar = "A decimal number kept exactly as written, without binary rounding: sums of money in pounds sterling, and percentages. Written as a JSON number.";
}
