using GraphQL.Builders;

namespace Safeguarding.Host.GraphQL;

/// <summary>The arguments the audit log is searched by, the same for a page of it and for its CSV.</summary>
internal static class AuditSearchFields
{
    public static FieldBuilder<TSource, TReturn> AuditSearchArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<StringGraphType>("subjectId", "The person: entries about this subject id.")
        .Argument<StringGraphType>("actor", "The user: entries of what this user (their user name) did.")
        .Argument<StringGraphType>("purposeContains", "Words in the purpose the user stated (any letter case).")
        .Argument<DateOnlyGraphType>("from", "The first UK day of the period.")
        .Argument<DateOnlyGraphType>("to", "The last UK day of the period.")
        .Argument<StringGraphType>("action", "The action, such as identity.read or sealed-access.opened.");

    public static AuditSearch AuditSearchAsked(this IResolveFieldContext c) =>
        new(c.GetArgument<string?>("subjectId"), c.GetArgument<string?>("actor"), c.GetArgument<string?>("purposeContains"),
            c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.GetArgument<string?>("action"));
}
