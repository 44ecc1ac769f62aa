namespace Safeguarding.SharedKernel.Features;

/// <summary>Answers whether a module is switched on now (its feature flag, with any administrator override).</summary>
public interface IModuleSwitch
{
    Task<bool> IsEnabledAsync(string featureFlag, CancellationToken cancellationToken = default);
}
