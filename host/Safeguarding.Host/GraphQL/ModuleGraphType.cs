namespace Safeguarding.Host.GraphQL;

public sealed class ModuleGraphType : RecordGraphType<ModuleView>
{
    public ModuleGraphType() : base("Module", "A module of the partnership's system, switched on or off by administrators.")
    {
        ShownAs<IdGraphType>(x => x.Id);
    }
}
