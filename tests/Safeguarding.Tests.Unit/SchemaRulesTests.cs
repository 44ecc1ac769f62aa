using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.GraphQL;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Tests.Unit;

public sealed class SchemaRulesTests
{
    private sealed class CarelessModule(Access? access) : PartnershipModule
    {
        public override string Name => "Careless";
        public override string Description => "Adds a field.";
        public override Type DbContextType => typeof(object);

        public override void ContributeGraphQL(GraphQLSlice slice)
        {
            var field = slice.Query.Field<StringGraphType>("carelessField").Resolve(_ => "x");
            if (access is { } a) field.Allow(a);
        }
    }

    [Fact]
    public void A_module_field_that_does_not_say_who_may_reach_it_stops_the_schema()
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => new PartnershipSchema(services, new ModuleCatalog([new CarelessModule(null)]), new SubjectGraphType()));
        Assert.Contains("carelessField", error.Message);
    }

    [Fact]
    public void Module_fields_are_stamped_with_their_module()
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var schema = new PartnershipSchema(services, new ModuleCatalog([new CarelessModule(Access.Administrator)]), new SubjectGraphType());
        var field = ((ObjectGraphType)schema.Query).GetField("carelessField")!;
        Assert.Equal("Careless", field.ModuleOf());
        Assert.Null(((ObjectGraphType)schema.Query).GetField("modules")!.ModuleOf()); // platform fields belong to no module
    }

    [Fact]
    public void A_field_that_lets_nobody_in_stops_the_schema()
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var error = Assert.Throws<InvalidOperationException>(() => new PartnershipSchema(services, new ModuleCatalog([new CarelessModule(Access.None)]), new SubjectGraphType()));
        Assert.Contains("nobody may reach: carelessField", error.Message);
        // A working group's members are somebody for a module's field.
        _ = new PartnershipSchema(services, new ModuleCatalog([new CarelessModule(Access.WorkingGroupMember)]), new SubjectGraphType());
    }
}
