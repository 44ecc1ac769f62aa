using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using GraphQL.Instrumentation;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Runs before every resolver (after the module gate): a date anywhere in the field's arguments, inside input objects
/// and lists too, must be one the partnership records (<see cref="RecordableDates"/>), and a text no longer than
/// <see cref="InputCheck.TextCeiling"/>; otherwise the field answers VALIDATION naming each value at fault ("from",
/// "dueOn", "actions[2].dueOn"; an argument called <c>input</c> is not named, as resolvers name its fields). So no rule
/// ever does arithmetic on 1 January 0001 or 31 December 9999, or looks up, stores or repeats back a megabyte of text,
/// whatever the field, including fields added later. A batch field that reports each item's problems in its answer
/// opts out with <see cref="ItemByItemChecks.ChecksItemByItem{TSource,TReturn}"/> and checks its items itself.
/// </summary>
public sealed class ArgumentRangeMiddleware : IFieldMiddleware
{
    private const string TransparentArgument = "input";
    /// <summary>Where GraphQL.NET keeps the property a field declared as <c>Field(x => x.DueOn)</c> is bound to (its own constant is internal).</summary>
    private const string ExpressionPropertyKey = "ORIGINAL_EXPRESSION_PROPERTY_NAME";
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Members = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.Arguments is not { Count: > 0 } arguments || context.FieldDefinition.Arguments is not { Count: > 0 } definitions
            || context.FieldDefinition.IsCheckedItemByItem())
            return next(context);

        var check = new InputCheck();
        foreach (var definition in definitions)
            if (arguments.TryGetValue(definition.Name, out var argument))
                Check(argument.Value, definition.ResolvedType!, definition.Name == TransparentArgument ? "" : definition.Name, check, 0);
        check.ThrowIfInvalid();
        return next(context);
    }

    private static void Check(object? value, IGraphType type, string path, InputCheck check, int depth)
    {
        if (value is null || depth > 32) return;
        switch (type)
        {
            case NonNullGraphType nonNull:
                Check(value, nonNull.ResolvedType!, path, check, depth);
                break;
            case ListGraphType list when value is IEnumerable items and not string:
                var i = 0;
                foreach (var item in items) Check(item, list.ResolvedType!, $"{path}[{i++}]", check, depth + 1);
                break;
            case IInputObjectGraphType input:
                foreach (var field in input.Fields)
                    Check(Member(value, field), field.ResolvedType!, path.Length == 0 ? field.Name : $"{path}.{field.Name}", check, depth + 1);
                break;
            default:
                switch (value)
                {
                    case string text: check.RequireUnderCeiling(text, path); break;
                    case DateOnly date: check.RequireRecordable(date, path); break;
                    case DateTimeOffset instant: check.RequireRecordable(instant, path); break;
                    case DateTime instant:
                        var utc = instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant;
                        check.RequireRecordable(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), TimeSpan.Zero), path);
                        break;
                }
                break;
        }
    }

    /// <summary>
    /// An input field's value: from the dictionary GraphQL.NET builds for an input type without a CLR class, or from the
    /// property it bound the field to (the expression's property, else the field's name, as GraphQL.NET binds them).
    /// </summary>
    private static object? Member(object source, FieldType field)
    {
        if (source is IDictionary<string, object?> values) return values.TryGetValue(field.Name, out var v) ? v : null;
        var name = field.GetMetadata<string?>(ExpressionPropertyKey) ?? field.Name;
        var read = Members.GetOrAdd((source.GetType(), name), static key => Reader(key.Item1, key.Item2));
        return read?.Invoke(source);
    }

    private static Func<object, object?>? Reader(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        if (type.GetProperty(name, flags) is { CanRead: true } property) return property.GetValue;
        if (type.GetField(name, flags) is { } member) return member.GetValue;
        return null;
    }
}
