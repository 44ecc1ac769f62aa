namespace Safeguarding.Tests.Clients;

/// <summary>A test that runs client tooling with node: skipped, saying why, where node or tests/clients' packages are absent.</summary>
public sealed class NodeClientFactAttribute : FactAttribute
{
    public NodeClientFactAttribute()
    {
        if (NodeClients.Missing is { } missing) Skip = $"Client tooling tests need node and tests/clients' packages: {missing}.";
    }
}
