namespace Safeguarding.Host.GraphQL;

public sealed class ModuleGraphType() : RecordGraphType<ModuleView>("Module", "A module of the partnership's system, switched on or off by administrators.");
