using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Modules;

/// <summary>The modules this host found, who publishes integration events, and who subscribes to which.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, List<Subscription>> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _eventTypes = new(StringComparer.Ordinal);

    /// <param name="modules">The modules found.</param>
    /// <param name="platformPublishers">Publishers that are not modules: the platform's subject registry.</param>
    public ModuleCatalog(IEnumerable<PartnershipModule> modules, IEnumerable<EventPublisher>? platformPublishers = null)
    {
        Modules = modules.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var duplicate = Modules.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two modules are named {duplicate.Key}.");
        PlatformPublishers = [.. platformPublishers ?? []];
        Publishers = [.. Modules.Select(m => new EventPublisher(m.Name, m.DbContextType)), .. PlatformPublishers];
        var sameName = Publishers.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (sameName is not null) throw new InvalidOperationException($"Two publishers of events are named {sameName.Key}.");
        foreach (var module in Modules)
        foreach (var handler in module.EventHandlerTypes)
        foreach (var eventType in IntegrationEventHandlers.HandledEvents(handler))
        {
            var name = IntegrationEventHandlers.NameOf(eventType);
            _eventTypes[name] = eventType;
            if (!_subscriptions.TryGetValue(name, out var list)) _subscriptions[name] = list = [];
            list.Add(new Subscription(module, handler, eventType));
        }
    }

    public IReadOnlyList<PartnershipModule> Modules { get; }

    /// <summary>Every outbox the bus relays: each module's, then the platform's.</summary>
    public IReadOnlyList<EventPublisher> Publishers { get; }

    /// <summary>The publishers that are not modules (the subject registry): an outbox, and no inbox or working group.</summary>
    public IReadOnlyList<EventPublisher> PlatformPublishers { get; }

    public PartnershipModule? Find(string name) =>
        Modules.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The module called <paramref name="name"/> (any case); NOT_FOUND, naming the modules there are, when none is.</summary>
    public PartnershipModule Named(string name) => Find(name)
        ?? throw new DomainException(ErrorCodes.NotFound, $"There is no module called \"{name}\". Modules: {string.Join(", ", Modules.Select(m => m.Name))}.");

    public IReadOnlyList<Subscription> SubscribersOf(string eventType) =>
        _subscriptions.TryGetValue(eventType, out var list) ? list : [];

    public Type? EventType(string name) => _eventTypes.GetValueOrDefault(name);

    public static string HandlerName(Type handler) => handler.FullName ?? handler.Name;
}

public sealed record Subscription(PartnershipModule Module, Type Handler, Type EventType)
{
    public string HandlerName => ModuleCatalog.HandlerName(Handler);
}
