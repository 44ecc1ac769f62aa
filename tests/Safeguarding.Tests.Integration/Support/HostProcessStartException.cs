namespace Safeguarding.Tests.Integration.Support;

/// <summary>A host process that did not become ready. By the time this is thrown the process has been stopped;
/// <see cref="ProcessId"/> says which it was, so a test can check that it has gone.</summary>
public sealed class HostProcessStartException(int processId, string message) : Exception(message)
{
    public int ProcessId { get; } = processId;
}
