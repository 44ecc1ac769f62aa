namespace Safeguarding.SharedKernel.Events;

/// <summary>
/// Where integration events are published from: every module, and the platform's subject registry (merges of two records
/// of one person, and their separation). The bus relays each publisher's outbox, held by <paramref name="DbContextType"/>
/// (a <see cref="Persistence.ModuleDbContext"/>), to the modules that subscribe.
/// </summary>
public sealed record EventPublisher(string Name, Type DbContextType);
