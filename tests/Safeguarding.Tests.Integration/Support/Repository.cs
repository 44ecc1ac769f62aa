namespace Safeguarding.Tests.Integration.Support;

/// <summary>The repository the tests were built from: for files committed beside the code (the schema, the docs).</summary>
public static class Repository
{
    /// <summary>The folder holding Safeguarding.Modular.sln, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Safeguarding.Modular.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Cannot find the repository root from " + AppContext.BaseDirectory);
    }
}
