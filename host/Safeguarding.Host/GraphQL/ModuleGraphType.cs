namespace Safeguarding.Host.GraphQL;

public sealed class ModuleGraphType : RecordGraphType<ModuleView>
{
    public ModuleGraphType() : base("Module", "A module of the partnership's system, switched on or off by administrators.") =>
        Describe(x => x.SwitchedOffAt, "When an administrator switched it off; null while it is on, or when it is off in the host's configuration.");
}
