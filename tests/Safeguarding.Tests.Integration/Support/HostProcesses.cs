namespace Safeguarding.Tests.Integration.Support;

/// <summary>The tests that start the host as a real process take turns: each process is a whole host with its own
/// runtime, and several at once on a small machine would only make each slower to start.</summary>
[CollectionDefinition(Name)]
public sealed class HostProcesses
{
    public const string Name = "Host processes";
}
