using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Subscriptions through the running host: as Server-Sent Events (POST with Accept: text/event-stream) and over a
/// WebSocket by the graphql-transport-ws protocol, each with the sign-in and access rules of any other request.
/// </summary>
public sealed class SubscriptionTests : IDisposable
{
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(2);
    private readonly PartnershipHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_module_switched_is_told_as_a_server_sent_event_to_a_client_listening()
    {
        using var http = _host.CreateClient();
        http.Timeout = Timeout.InfiniteTimeSpan;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent("subscription { moduleSwitched { name enabled switchedOffAt } }"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.TokenFor("nina.neglect"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var timeout = new CancellationTokenSource(Within);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        await SwitchWhenListeningAsync("Csa", enabled: false);

        var next = await NextEventAsync(events, timeout.Token);
        Assert.Equal("next", next.Name);
        var switched = next.Data["data"]!["moduleSwitched"]!;
        Assert.Equal("Csa", switched["name"]!.GetValue<string>());
        Assert.False(switched["enabled"]!.GetValue<bool>());
        Assert.NotNull(switched["switchedOffAt"]);
    }

    [Fact]
    public async Task A_subscription_sent_as_an_ordinary_request_is_refused_with_where_to_send_it()
    {
        var refused = await _host.As("nina.neglect").SendAsync("subscription { moduleSwitched { name } }");
        Assert.Equal(400, refused.Status);
        Assert.Equal("OPERATION_NOT_SUPPORTED", refused.FirstCode);
        Assert.Contains("WebSocket", refused.FirstMessage);
    }

    [Fact]
    public async Task A_briefing_published_reaches_the_working_group_over_a_websocket_and_nobody_else_may_listen()
    {
        using var adam = await GraphQLSocket.OpenAsync(_host, "adam.adolescents");
        await adam.SubscribeAsync("briefing", "subscription { dailyIntelligenceBriefingPublished { briefingId briefingDate entries } }");

        using var nina = await GraphQLSocket.OpenAsync(_host, "nina.neglect");
        await nina.SubscribeAsync("briefing", "subscription { dailyIntelligenceBriefingPublished { briefingId } }");
        var refused = await nina.ReceiveAsync();
        Assert.Equal("error", refused["type"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", refused["payload"]![0]!["extensions"]!["code"]!.GetValue<string>());

        await WhenListeningAsync<Safeguarding.Adolescents.Contracts.DailyBriefingPublished>();
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        var published = (await _host.As("adam.adolescents").SendAsync(
            "mutation($d: DateOnly!) { publishDailyIntelligenceBriefing(date: $d) { id } }", new { d = day })).AssertOk();

        var told = await adam.ReceiveAsync();
        Assert.Equal("next", told["type"]!.GetValue<string>());
        Assert.Equal("briefing", told["id"]!.GetValue<string>());
        var briefing = told["payload"]!["data"]!["dailyIntelligenceBriefingPublished"]!;
        Assert.Equal(published.Data!["publishDailyIntelligenceBriefing"]!["id"]!.GetValue<string>(), briefing["briefingId"]!.GetValue<string>());
        Assert.Equal(day, briefing["briefingDate"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_socket_without_a_valid_token_is_closed_before_anything_runs()
    {
        using var socket = await GraphQLSocket.OpenAsync(_host, userName: null, initPayload: new { Authorization = "Bearer not-a-token" }, acknowledged: false);
        var closed = await socket.ReceiveCloseAsync();
        Assert.Equal(4403, (int)closed!);
    }

    [Fact]
    public async Task A_token_sent_in_connection_init_signs_the_socket_in_as_a_browser_would()
    {
        using var socket = await GraphQLSocket.OpenAsync(_host, userName: null,
            initPayload: new { Authorization = "Bearer " + _host.TokenFor("alex.admin") });
        await socket.SubscribeAsync("modules", "subscription { moduleSwitched { name enabled } }");
        await SwitchWhenListeningAsync("Funding", enabled: false);
        var told = await socket.ReceiveAsync();
        Assert.Equal("next", told["type"]!.GetValue<string>());
        Assert.Equal("Funding", told["payload"]!["data"]!["moduleSwitched"]!["name"]!.GetValue<string>());

        await socket.SendAsync(new { id = "once", type = "subscribe", payload = new { query = "{ modules { name } }" } });
        var answer = await socket.ReceiveAsync();
        Assert.Equal("next", answer["type"]!.GetValue<string>());
        Assert.NotEmpty(answer["payload"]!["data"]!["modules"]!.AsArray());
        Assert.Equal("complete", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
    }

    /// <summary>Switches a module once the host has a subscriber listening for switches (the subscription is set up asynchronously).</summary>
    private async Task SwitchWhenListeningAsync(string module, bool enabled)
    {
        await WhenListeningAsync<Safeguarding.Host.Platform.ModuleSwitched>();
        (await _host.As("alex.admin").SendAsync("mutation($m: String!, $e: Boolean!) { setModuleEnabled(name: $m, enabled: $e, reason: \"Subscription test\") { enabled } }",
            new { m = module, e = enabled })).AssertOk();
    }

    private Task WhenListeningAsync<TFact>() =>
        PartnershipHost.EventuallyAsync($"a subscriber listening to {typeof(TFact).Name}", () => Task.FromResult(_host.Scoped<int>(sp =>
            sp.GetRequiredService<Safeguarding.SharedKernel.Live.LiveUpdates>().WatchersOf<TFact>())), n => n > 0, Within);

    private static StringContent JsonContent(string query) =>
        new(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    private static async Task<(string Name, JsonNode Data)> NextEventAsync(StreamReader events, CancellationToken ct)
    {
        string? name = null;
        var data = new StringBuilder();
        while (await events.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line["data: ".Length..]);
            else if (line.Length == 0 && name is not null) return (name, JsonNode.Parse(data.Length == 0 ? "null" : data.ToString())!);
        }
        throw new InvalidOperationException("The event stream ended before an event.");
    }

    /// <summary>A graphql-transport-ws client over the test server's WebSocket.</summary>
    private sealed class GraphQLSocket(WebSocket socket) : IDisposable
    {
        public static async Task<GraphQLSocket> OpenAsync(PartnershipHost host, string? userName, object? initPayload = null, bool acknowledged = true)
        {
            var client = host.Server.CreateWebSocketClient();
            client.SubProtocols.Add("graphql-transport-ws");
            if (userName is not null)
                client.ConfigureRequest = r => r.Headers.Authorization = "Bearer " + host.TokenFor(userName);
            var socket = new GraphQLSocket(await client.ConnectAsync(new Uri(host.Server.BaseAddress, "graphql"), CancellationToken.None));
            await socket.SendAsync(new { type = "connection_init", payload = initPayload ?? new { } });
            if (acknowledged) Assert.Equal("connection_ack", (await socket.ReceiveAsync())["type"]!.GetValue<string>());
            return socket;
        }

        public Task SubscribeAsync(string id, string query) => SendAsync(new { id, type = "subscribe", payload = new { query } });

        public Task SendAsync(object message) =>
            socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

        public async Task<JsonNode> ReceiveAsync()
        {
            using var timeout = new CancellationTokenSource(Within);
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException($"Closed: {socket.CloseStatus} {socket.CloseStatusDescription}");
                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage) return JsonNode.Parse(message.ToArray())!;
            }
        }

        public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
        {
            using var timeout = new CancellationTokenSource(Within);
            var buffer = new byte[4096];
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received.MessageType == WebSocketMessageType.Close) return received.CloseStatus;
            }
        }

        public void Dispose() => socket.Dispose();
    }
}
