using GraphQL.Types;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>
/// One place in a field's arguments where a single value goes: a scalar or an enum, at the end of a path through input
/// objects and lists ("input.actions[0].dueOn"). <paramref name="Name"/> is the argument or input field's own name and
/// <paramref name="Field"/> the field whose arguments these are.
/// </summary>
internal sealed record ArgumentSlot(string Path, string Name, IGraphType Type, FieldType Field)
{
    public bool IsScalar(params string[] names) => Type is ScalarGraphType && names.Contains(Type.Name);
}
