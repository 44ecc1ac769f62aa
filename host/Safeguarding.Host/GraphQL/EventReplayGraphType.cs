namespace Safeguarding.Host.GraphQL;

public sealed class EventReplayGraphType : RecordGraphType<EventReplay>
{
    public EventReplayGraphType() : base("EventReplay", "What a replay of the event history to one module did.")
    {
        Describe(x => x.Events, "Stored events of the kinds the module handles.");
        Describe(x => x.Deliveries, "Handler calls made (an event may have several handlers in the module).");
        Describe(x => x.ReadModelCleared, "Whether the module's event-derived tables were cleared first.");
    }
}
