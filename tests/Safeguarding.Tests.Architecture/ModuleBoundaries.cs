using System.Reflection;
using NetArchTest.Rules;
using Safeguarding.SharedKernel.Modules;

namespace Safeguarding.Tests.Architecture;

/// <summary>The solution's assemblies sorted into host, shared kernel, modules and their contracts.</summary>
public static class Solution
{
    public static readonly Assembly Host = typeof(Program).Assembly;
    public static readonly Assembly SharedKernel = typeof(PartnershipModule).Assembly;

    /// <summary>Every Safeguarding.* assembly shipped beside the host (the compiler drops references the host never names,
    /// so modules are found as files, the way the host finds them, not through the host's reference list).</summary>
    public static readonly IReadOnlyList<Assembly> All = Directory.GetFiles(AppContext.BaseDirectory, "Safeguarding.*.dll")
        .Where(f => !Path.GetFileName(f).StartsWith("Safeguarding.Tests.", StringComparison.Ordinal))
        .Select(f => Assembly.LoadFrom(f))
        .DistinctBy(a => a.FullName)
        .ToList();

    public static readonly IReadOnlyList<Assembly> Modules = All.Where(a => a.GetTypes().Any(t => t.IsSubclassOf(typeof(PartnershipModule)) && !t.IsAbstract)).ToList();
    public static readonly IReadOnlyList<Assembly> Contracts = All.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();

    /// <summary>Full names of a module's own types: what nobody outside the module may use (its entry point aside, for the host).</summary>
    public static string[] InternalsOf(Assembly module, bool exceptEntryPoint = false) => module.GetTypes()
        .Where(t => t.FullName is not null && !t.FullName.Contains('<'))
        .Where(t => !(exceptEntryPoint && t.IsSubclassOf(typeof(PartnershipModule))))
        .Select(t => t.FullName!)
        .ToArray();
}

/// <summary>The rules, written once so that the tests below and the deliberately broken case use the same code.</summary>
public static class BoundaryRules
{
    /// <summary>A module (or contracts) may use the shared kernel and other modules' Contracts, never another module's own types or the host.</summary>
    public static TestResult TypesKeepOutOfOtherModules(Conditions shouldNot, Assembly? ownModule) =>
        shouldNot.HaveDependencyOnAny(Solution.Modules.Where(m => m != ownModule).SelectMany(m => Solution.InternalsOf(m))
                .Append("Safeguarding.Host").ToArray())
            .GetResult();
}

public sealed class ModuleBoundaryTests
{
    private static string Explain(TestResult r) => r.IsSuccessful ? "" : "Offending types: " + string.Join(", ", r.FailingTypeNames ?? []);

    [Fact]
    public void The_solution_has_modules_to_check()
    {
        Assert.Contains(Solution.Modules, m => m.GetName().Name == "Safeguarding.Governance");
        Assert.Contains(Solution.Contracts, m => m.GetName().Name == "Safeguarding.Governance.Contracts");
    }

    [Fact]
    public void Modules_depend_only_on_the_shared_kernel_and_other_modules_contracts()
    {
        foreach (var module in Solution.Modules)
        {
            var result = BoundaryRules.TypesKeepOutOfOtherModules(Types.InAssembly(module).ShouldNot(), module);
            Assert.True(result.IsSuccessful, $"{module.GetName().Name}: {Explain(result)}");
            var references = module.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("Safeguarding.", StringComparison.Ordinal));
            Assert.All(references, r => Assert.True(r == Solution.SharedKernel.GetName().Name || r.EndsWith(".Contracts", StringComparison.Ordinal),
                $"{module.GetName().Name} references {r}; a module may reference only the shared kernel and Contracts assemblies."));
        }
    }

    [Fact]
    public void Contracts_depend_on_the_shared_kernel_only()
    {
        foreach (var contracts in Solution.Contracts)
        {
            var result = BoundaryRules.TypesKeepOutOfOtherModules(Types.InAssembly(contracts).ShouldNot(), null);
            Assert.True(result.IsSuccessful, $"{contracts.GetName().Name}: {Explain(result)}");
        }
    }

    [Fact]
    public void The_shared_kernel_depends_on_no_module_and_not_on_the_host()
    {
        var modulePrefixes = Solution.Modules.Concat(Solution.Contracts).Select(a => a.GetName().Name!).Append("Safeguarding.Host").ToArray();
        var result = Types.InAssembly(Solution.SharedKernel).ShouldNot().HaveDependencyOnAny(modulePrefixes).GetResult();
        Assert.True(result.IsSuccessful, Explain(result));
    }

    [Fact]
    public void The_host_depends_on_module_entry_points_only()
    {
        var internals = Solution.Modules.SelectMany(m => Solution.InternalsOf(m, exceptEntryPoint: true)).ToArray();
        var result = Types.InAssembly(Solution.Host).ShouldNot().HaveDependencyOnAny(internals).GetResult();
        Assert.True(result.IsSuccessful, Explain(result));
    }

    [Fact]
    public void A_deliberately_broken_boundary_fails_the_rule()
    {
        // Fixtures.RuleBreakingCode reaches into Governance's persistence: the same rule must catch it.
        var result = BoundaryRules.TypesKeepOutOfOtherModules(
            Types.InAssembly(typeof(ModuleBoundaryTests).Assembly).That().ResideInNamespace("Safeguarding.Tests.Architecture.Fixtures").ShouldNot(), null);
        Assert.False(result.IsSuccessful);
        Assert.Contains("Safeguarding.Tests.Architecture.Fixtures.RuleBreakingCode", result.FailingTypeNames ?? []);
    }
}
