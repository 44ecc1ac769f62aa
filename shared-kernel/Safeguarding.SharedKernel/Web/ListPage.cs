namespace Safeguarding.SharedKernel.Web;

/// <summary>
/// The first page of a list a page shows, as a connection answers it (<c>nodes</c> and <c>totalCount</c>): the rows, and
/// how many the whole list holds, so that the page says when it shows only the first of them.
/// </summary>
public sealed record ListPage<T>(List<T> Nodes, int TotalCount)
{
    /// <summary>More rows are held than the page shows.</summary>
    public bool Cut => Nodes.Count < TotalCount;

    /// <summary>The connection <paramref name="field"/> of an answer, or an empty page when the answer has none (an error is shown instead).</summary>
    public static ListPage<T> Of(GraphQLAnswer answer, string field) => answer.Get<ListPage<T>>(field) ?? new([], 0);
}
