using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Safeguarding.SharedKernel.Paging;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A page of a list of <typeparamref name="TNodeGraphType"/>, as Relay's cursor connections serve it and with the
/// nullability the list really has: every edge, node and count is there. GraphQL.NET's own <c>ConnectionType</c> marks
/// them all optional and calls the rows <c>items</c>; clients' generated types would be wrong, so this one is written
/// here (decision 0025). <see cref="PagedFields.Paged{TSource, TReturn}"/> adds the arguments.
/// </summary>
public sealed class ConnectionGraphType<TNodeGraphType> : ObjectGraphType<IPage> where TNodeGraphType : IGraphType, new()
{
    public ConnectionGraphType()
    {
        var node = NodeName<TNodeGraphType>.Value;
        Name = node + "Connection";
        Description = $"A page of a list of {node}: its rows in the list's order with their cursors, where the page stands, and how many rows the list holds.";
        // The rows are counted where they are read, at the rows the page asks for; totalCount and pageInfo once a page.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType>>>>>("edges")
            .Description("The page's rows, each with its cursor.").WithComplexityImpact(PagedFields.RowsOfThePage).Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The page's rows, without their cursors.").WithComplexityImpact(PagedFields.RowsOfThePage).Resolve(c => c.Source.Rows.Select(r => r.Item));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether rows come before and after this page, and the cursors to go on from.")
            .Resolve(c => new PageInfo
            {
                HasNextPage = c.Source.HasNextPage,
                HasPreviousPage = c.Source.HasPreviousPage,
                StartCursor = c.Source.Rows.Count == 0 ? null : c.Source.Rows[0].Cursor,
                EndCursor = c.Source.Rows.Count == 0 ? null : c.Source.Rows[^1].Cursor,
            });
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many rows the whole list holds, on every page.").Resolve(c => c.Source.TotalCount);
    }
}

/// <summary>A row of a <see cref="ConnectionGraphType{TNodeGraphType}"/> and its cursor.</summary>
public sealed class EdgeGraphType<TNodeGraphType> : ObjectGraphType<IPageRow> where TNodeGraphType : IGraphType, new()
{
    public EdgeGraphType()
    {
        Name = NodeName<TNodeGraphType>.Value + "Edge";
        Description = "A row of a page, and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Where the row stands in the list: the next page starts after it.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The row itself.").Resolve(c => c.Source.Item);
    }
}

/// <summary>The API name of a node graph type, read once from an instance (graph types name themselves in their constructors).</summary>
internal static class NodeName<TNodeGraphType> where TNodeGraphType : IGraphType, new()
{
    public static readonly string Value = new TNodeGraphType().Name;
}
