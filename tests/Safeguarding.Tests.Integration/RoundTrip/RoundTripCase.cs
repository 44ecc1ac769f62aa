namespace Safeguarding.Tests.Integration.RoundTrip;

/// <summary>One kind of record: written through its mutations with marked text, then read through queries.</summary>
public sealed record RoundTripCase(string Name, Func<RoundTripProbe, Task> Run);
