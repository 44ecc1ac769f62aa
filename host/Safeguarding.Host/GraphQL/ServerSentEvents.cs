using GraphQL.Transport;
using GraphQLParser.AST;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// An operation answered as Server-Sent Events, by the GraphQL over SSE protocol's distinct connections mode (the
/// graphql-sse library's): <c>POST /graphql</c> with <c>Accept: text/event-stream</c>. Each result is an event
/// <c>next</c> whose data is the result's JSON; the stream ends with an event <c>complete</c>. A subscription streams
/// until the client goes away; a query or mutation gives one <c>next</c>. A request refused before it runs (validation,
/// access) is one <c>next</c> with its errors, then <c>complete</c>. Sign-in, limits and access rules are the HTTP
/// endpoint's, checked before this runs.
/// </summary>
public static class ServerSentEvents
{
    public const string MediaType = "text/event-stream";

    public static async Task AnswerAsync(HttpContext http, PartnershipExecutor executor, IGraphQLTextSerializer serializer, GraphQLRequest request, RequestDocument document)
    {
        var ct = http.RequestAborted;
        var result = await executor.ExecuteAsync(request, document, http.User, http.RequestServices, ct, streaming: true);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // a proxy in front must pass each event on as it comes
        await http.Response.Body.FlushAsync(ct);

        if (result.Streams is { Count: > 0 } streams)
        {
            var events = System.Threading.Channels.Channel.CreateUnbounded<ExecutionResult?>(new() { SingleReader = true });
            using var listening = streams.Values.Single().Subscribe(new Forward(events.Writer));
            try
            {
                await foreach (var next in events.Reader.ReadAllAsync(ct))
                    if (next is not null) await WriteAsync(http, "next", serializer.Serialize(next), ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return; // the client went away
            }
        }
        else
        {
            await WriteAsync(http, "next", serializer.Serialize(result), ct);
        }
        await WriteAsync(http, "complete", "", ct);
    }

    private static async Task WriteAsync(HttpContext http, string name, string data, CancellationToken ct)
    {
        await http.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
    }

    private sealed class Forward(System.Threading.Channels.ChannelWriter<ExecutionResult?> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
        public void OnError(Exception error) => writer.TryComplete();
        public void OnCompleted() => writer.TryComplete();
    }
}
