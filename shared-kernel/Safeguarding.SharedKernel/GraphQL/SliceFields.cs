using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The common parts of a field a module adds to its slice, so that the slice reads as a table of contents: each field
/// says its name, what it returns, what it takes, who may reach it and the named handler that resolves it. What the field
/// does is said once, in the handler's <c>/// &lt;summary&gt;</c>, which is the field's description in the API.
/// </summary>
public static class SliceFields
{
    /// <summary>
    /// The field is resolved by <paramref name="handler"/>, and described by the handler's documentation comment unless
    /// the field was given a description of its own (one built from a constant, which a comment cannot hold).
    /// </summary>
    public static FieldBuilder<TSource, object> HandledBy<TSource>(this FieldBuilder<TSource, object> field,
        Func<IResolveFieldContext<TSource>, Task<object?>> handler)
    {
        field.FieldType.Description ??= DocumentationComments.Of(handler.Method);
        if (field.FieldType.Arguments is { Count: > 0 } arguments)
        {
            var described = DocumentationComments.ArgumentsOf(handler.Method);
            foreach (var argument in arguments.Where(a => a.Description is null))
                argument.Description = described.GetValueOrDefault(argument.Name);
        }
        return field.ResolveAsync(handler);
    }

    /// <summary>The mutation takes one required argument, <c>input</c>, of <typeparamref name="TInputType"/>.</summary>
    public static FieldBuilder<object?, object> Input<TInputType>(this FieldBuilder<object?, object> field) where TInputType : IInputObjectGraphType =>
        field.Argument<NonNullGraphType<TInputType>>("input", "What to record, as the input type's fields describe it.");
}
