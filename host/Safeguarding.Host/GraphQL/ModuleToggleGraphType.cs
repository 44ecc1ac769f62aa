namespace Safeguarding.Host.GraphQL;

public sealed class ModuleToggleGraphType() : RecordGraphType<ModuleToggle>("ModuleToggle", "One time a module was switched on or off.", x => x.Id);
