namespace Safeguarding.Host.GraphQL;

public sealed record ModuleView(string Name, string Description, string FeatureFlag, bool Enabled, DateTimeOffset? SwitchedOffAt = null);
