using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Subscriptions (and queries and mutations) over a WebSocket at /graphql, by the graphql-ws library's protocol
/// (<c>graphql-transport-ws</c>): the client says <c>connection_init</c>, the server <c>connection_ack</c>; then each
/// <c>subscribe</c> is answered by <c>next</c> messages and a <c>complete</c>, or by <c>error</c>. Every operation runs
/// through <see cref="PartnershipExecutor"/>, as the signed-in user, with the same validation, limits, module switches,
/// access rules and audit as a request over HTTP.
/// <para>Who is signing in: a bearer token on the upgrade request, or (for browsers, which cannot set headers on a
/// WebSocket) an <c>Authorization</c> value in <c>connection_init</c>'s payload, validated as the HTTP endpoint validates
/// it. The web interface's cookie is accepted only from this site's own pages (the <c>Origin</c> is the host's): a page
/// of another site cannot open a socket in a signed-in person's name. Without either, the socket is closed with 4403.</para>
/// </summary>
public sealed class GraphQLWebSocketEndpoint(PartnershipExecutor executor, IGraphQLTextSerializer serializer, IOptionsMonitor<JwtBearerOptions> bearer,
    ILogger<GraphQLWebSocketEndpoint> logger, IOptions<GraphQLOptions> options)
{
    private readonly IOptions<GraphQLOptions> _options = options;
    private readonly PartnershipExecutor _executor = executor;
    private readonly IGraphQLTextSerializer _serializer = serializer;
    private readonly ILogger _logger = logger;

    public const string Protocol = "graphql-transport-ws";
    /// <summary>How long a client has to say <c>connection_init</c> before the socket is closed (4408).</summary>
    public static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(10);
    private const int MaxMessageBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync($"Ask for the {Protocol} subprotocol (the graphql-ws library's).", http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Protocol);
        await new Connection(this, http, socket).RunAsync();
    }

    /// <summary>The user a socket speaks for: the upgrade request's bearer token, or the cookie from this site's own pages.</summary>
    private static ClaimsPrincipal? UpgradeUser(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true) return null;
        if (http.Request.Headers.ContainsKey(HeaderNames.Authorization)) return http.User;
        var origin = http.Request.Headers.Origin.ToString();
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? http.User : null;
    }

    /// <summary>The user named by a bearer token sent in <c>connection_init</c>, validated as the HTTP endpoint validates it; null if it is not valid.</summary>
    private async Task<ClaimsPrincipal?> TokenUserAsync(string? authorization, CancellationToken ct)
    {
        const string prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(ct);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(authorization[prefix.Length..].Trim(), parameters);
            if (result.IsValid) return new ClaimsPrincipal(result.ClaimsIdentity);
        }
        return null;
    }

    private sealed class Connection(GraphQLWebSocketEndpoint endpoint, HttpContext http, WebSocket socket)
    {
        private readonly ConcurrentDictionary<string, IDisposable> _operations = new();
        private readonly SemaphoreSlim _sending = new(1, 1);
        private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        private ClaimsPrincipal? _user;

        private ILogger Logger => endpoint._logger;

        public async Task RunAsync()
        {
            try
            {
                using var initTimeout = new CancellationTokenSource(InitTimeout);
                using (initTimeout.Token.Register(() => { if (_user is null) _ = CloseAsync(4408, "Connection initialisation timeout"); }))
                {
                    while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
                    {
                        var text = await ReceiveAsync();
                        if (text is null) break;
                        await OnMessageAsync(text);
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
            finally
            {
                foreach (var operation in _operations.Values) operation.Dispose();
                _operations.Clear();
                await _closing.CancelAsync();
            }
        }

        private async Task OnMessageAsync(string text)
        {
            OperationMessage? message;
            try { message = endpoint._serializer.Deserialize<OperationMessage>(text); }
            catch (Exception) { message = null; }
            if (message?.Type is null)
            {
                await CloseAsync(4400, "Invalid message received");
                return;
            }
            switch (message.Type)
            {
                case "connection_init":
                    if (_user is not null) { await CloseAsync(4429, "Too many initialisation requests"); return; }
                    var authorization = AuthorizationIn(message.Payload);
                    _user = UpgradeUser(http) ?? await endpoint.TokenUserAsync(authorization, _closing.Token);
                    if (_user is null) { await CloseAsync(4403, "Forbidden: sign in with a bearer token"); return; }
                    await SendAsync(new OperationMessage { Type = "connection_ack" });
                    return;
                case "ping":
                    await SendAsync(new OperationMessage { Type = "pong" });
                    return;
                case "pong":
                    return;
                case "subscribe":
                    if (_user is null) { await CloseAsync(4401, "Unauthorized"); return; }
                    await SubscribeAsync(message);
                    return;
                case "complete":
                    if (message.Id is not null && _operations.TryRemove(message.Id, out var stopped)) stopped.Dispose();
                    return;
                default:
                    await CloseAsync(4400, $"Unknown message type {message.Type}");
                    return;
            }
        }

        /// <summary>The <c>Authorization</c> value of <c>connection_init</c>'s payload (any case of the name), if it has one.</summary>
        private static string? AuthorizationIn(object? payload) =>
            payload is JsonElement { ValueKind: JsonValueKind.Object } json
                ? json.EnumerateObject().FirstOrDefault(p => p.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } found
                    ? found.Value.GetString() : null
                : null;

        private async Task SubscribeAsync(OperationMessage message)
        {
            var id = message.Id;
            GraphQLRequest? request;
            try { request = endpoint._serializer.ReadNode<GraphQLRequest>(message.Payload); }
            catch (Exception) { request = null; }
            if (string.IsNullOrEmpty(id) || request is null || (request.Query is null && request.DocumentId is null) || (request.Query is not null && request.DocumentId is not null))
            {
                await CloseAsync(4400, "Invalid subscribe message");
                return;
            }
            var placeholder = new Subscription(this, id);
            if (!_operations.TryAdd(id, placeholder)) { await CloseAsync(4409, $"Subscriber for {id} already exists"); return; }

            var refusal = GraphQLHttpEndpoint.Trusted(request, http.RequestServices.GetRequiredService<TrustedDocuments>(), endpoint._options.Value);
            var result = refusal is { } refused
                ? new ExecutionResult { Executed = false, Errors = [new ExecutionError(refused.Message) { Code = refused.Code }] }
                : await endpoint._executor.ExecuteAsync(request, endpoint._executor.Parse(request), _user!, http.RequestServices,
                    _closing.Token, streaming: true);
            if (!result.Executed || result.Streams is not { Count: > 0 } streams)
            {
                if (!_operations.TryRemove(id, out _)) return; // the client completed it meanwhile
                // Refused before anything ran (validation, or a subscription refused by its module or access): an error message.
                if (!result.Executed || result.Data is null && result.Errors is { Count: > 0 })
                    await SendAsync(new OperationMessage { Id = id, Type = "error", Payload = result.Errors ?? [] });
                else
                {
                    await SendAsync(new OperationMessage { Id = id, Type = "next", Payload = result });
                    await SendAsync(new OperationMessage { Id = id, Type = "complete" });
                }
                return;
            }
            placeholder.Listen(streams.Values.Single());
        }

        private sealed class Subscription(Connection connection, string id) : IObserver<ExecutionResult>, IDisposable
        {
            private IDisposable? _listening;
            private int _done;

            public void Listen(IObservable<ExecutionResult> stream)
            {
                var listening = stream.Subscribe(this);
                if (Interlocked.CompareExchange(ref _listening, listening, null) is not null || Volatile.Read(ref _done) == 1) listening.Dispose();
            }

            public void OnNext(ExecutionResult value) =>
                _ = connection.SendAsync(new OperationMessage { Id = id, Type = "next", Payload = value });

            public void OnError(Exception error)
            {
                connection.Logger.LogWarning(error, "A subscription's stream failed.");
                OnCompleted();
            }

            public void OnCompleted()
            {
                if (connection._operations.TryRemove(id, out _)) _ = connection.SendAsync(new OperationMessage { Id = id, Type = "complete" });
                Dispose();
            }

            public void Dispose()
            {
                Interlocked.Exchange(ref _done, 1);
                Interlocked.Exchange(ref _listening, NoListening.Instance)?.Dispose();
            }
        }

        private sealed class NoListening : IDisposable
        {
            public static readonly NoListening Instance = new();
            public void Dispose() { }
        }

        private async Task<string?> ReceiveAsync()
        {
            var buffer = new byte[16 * 1024];
            using var message = new MemoryStream();
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close) return null;
                if (message.Length + received.Count > MaxMessageBytes) { await CloseAsync(4400, "Message too large"); return null; }
                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage) return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }

        private async Task SendAsync(OperationMessage message)
        {
            var bytes = Encoding.UTF8.GetBytes(endpoint._serializer.Serialize(message));
            await _sending.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException) { }
            finally { _sending.Release(); }
        }

        private async Task CloseAsync(int code, string reason)
        {
            await _sending.WaitAsync();
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException) { }
            finally { _sending.Release(); }
            await _closing.CancelAsync();
        }
    }
}
