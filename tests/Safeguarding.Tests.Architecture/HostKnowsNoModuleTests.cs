using System.Text.RegularExpressions;
using Safeguarding.SharedKernel.Modules;

namespace Safeguarding.Tests.Architecture;

/// <summary>
/// The host composes whatever modules it finds and names none of them: not in code, not in a page, not in a comment.
/// A module's pages, navigation entries, demo people and routes reach the host through <see cref="PartnershipModule"/>.
/// The names are read from the modules' entry points (name, working group, feature flag), so a module added later is
/// covered without anyone listing it.
/// </summary>
public sealed class HostKnowsNoModuleTests
{
    private static readonly string HostFolder = Path.Combine(RepositoryRoot(), "host", "Safeguarding.Host");

    private static IReadOnlyList<string> ModuleNames() => Solution.Modules
        .SelectMany(a => a.GetTypes().Where(t => t.IsSubclassOf(typeof(PartnershipModule)) && !t.IsAbstract))
        .Select(t => (PartnershipModule)Activator.CreateInstance(t)!)
        .SelectMany(m => new[] { m.Name, m.WorkingGroup, m.FeatureFlag })
        .Distinct()
        .ToList();

    /// <summary>Every "file:line: text" where one of <paramref name="names"/> appears as a word.</summary>
    public static List<string> Mentions(IEnumerable<(string File, string Text)> files, IReadOnlyList<string> names)
    {
        var word = new Regex(@"\b(" + string.Join("|", names.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        return (from file in files
                from line in file.Text.Split('\n').Select((text, i) => (text, number: i + 1))
                where word.IsMatch(line.text)
                select $"{file.File}:{line.number}: {line.text.Trim()}").ToList();
    }

    [Fact]
    public void The_host_names_no_module()
    {
        var names = ModuleNames();
        Assert.Contains("Neglect", names);
        var sources = Directory.EnumerateFiles(HostFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Regex.IsMatch(Path.GetRelativePath(HostFolder, f), @"^(bin|obj)[\\/]|[\\/]Migrations[\\/]"))
            .Select(f => (Path.GetRelativePath(HostFolder, f), File.ReadAllText(f)))
            .ToList();
        Assert.NotEmpty(sources);
        var found = Mentions(sources, names);
        Assert.True(found.Count == 0, "The host names modules; give the module a way to offer it through PartnershipModule instead:\n" + string.Join("\n", found));
    }

    [Fact]
    public void A_module_named_in_host_code_is_found()
    {
        var found = Mentions([("Web/Example.cs", "var area = \"/x\";\nreturn WebArea(\"Neglect\");")], ["Neglect"]);
        Assert.Equal(["Web/Example.cs:2: return WebArea(\"Neglect\");"], found);
        Assert.Empty(Mentions([("Web/Example.cs", "// neglected, NeglectfulThing")], ["Neglect"]));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Safeguarding.Modular.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Cannot find the repository root from " + AppContext.BaseDirectory);
    }
}
