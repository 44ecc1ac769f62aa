namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// One host for all the tests of a class (<c>IClassFixture&lt;SharedPartnership&gt;</c>), for classes whose tests only
/// read, or write records no other test of the class looks for: a host costs a second to start, and the suite would
/// otherwise start hundreds. A class whose tests count, queue or match what others wrote keeps a host per test.
/// </summary>
public class SharedPartnership : IDisposable
{
    public SharedPartnership() : this(null) { }

    protected SharedPartnership(IDictionary<string, string?>? settings) => Partnership = new PartnershipHost(settings: settings);

    public PartnershipHost Partnership { get; }

    public void Dispose()
    {
        Partnership.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One host for a class's tests on migrated databases without demo data: for tests of the schema and the endpoint.</summary>
public sealed class SharedPartnershipWithoutDemoData() : SharedPartnership(new Dictionary<string, string?> { ["DemoData:SeedWhenEmpty"] = "false" });
