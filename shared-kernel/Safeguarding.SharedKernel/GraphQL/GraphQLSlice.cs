using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// What a module may add to the one schema: root queries, root mutations, root subscriptions (facts told as they happen,
/// through <see cref="Live.ILiveUpdates"/>), and fields on shared types such as <see cref="SubjectGraphType"/>. The host marks every field a module adds with the module's name,
/// so that a switched-off module answers MODULE_DISABLED without the module doing anything.
/// </summary>
public sealed class GraphQLSlice(string module, ObjectGraphType query, ObjectGraphType mutation, ObjectGraphType subscription, SubjectGraphType subject,
    NodeSources? nodes = null)
{
    public string Module { get; } = module;
    public ObjectGraphType Query { get; } = query;
    public ObjectGraphType Mutation { get; } = mutation;
    /// <summary>Fields a client subscribes to, each watching one kind of fact (<c>.ResolveStream(...)</c>).</summary>
    public ObjectGraphType Subscription { get; } = subscription;
    /// <summary>The cross-cutting view of one child: each module adds the part it holds.</summary>
    public SubjectGraphType Subject { get; } = subject;
    /// <summary>The records <c>node(id:)</c> finds, by graph type: declare a module's with <see cref="NodeDeclarations.Node{TGraphType, TRecord}"/>.</summary>
    public NodeSources Nodes { get; } = nodes ?? new();
}

public static class FieldAccess
{
    public const string AccessKey = "safeguarding:access";
    public const string ModuleKey = "safeguarding:module";

    /// <summary>Says who may reach the field. Every field a module adds to Query, Mutation or Subject must have it:
    /// the schema refuses to build (and so the host refuses to start) otherwise.</summary>
    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Access access)
    {
        field.FieldType.WithMetadata(AccessKey, access);
        return field;
    }

    public static FieldType Allow(this FieldType field, Access access)
    {
        field.WithMetadata(AccessKey, access);
        return field;
    }

    public static Access? AccessOf(this FieldType field) =>
        field.HasMetadata(AccessKey) ? field.GetMetadata<Access>(AccessKey) : null;

    public static string? ModuleOf(this FieldType field) =>
        field.HasMetadata(ModuleKey) ? field.GetMetadata<string>(ModuleKey) : null;
}
