namespace Safeguarding.Host.GraphQL;

public sealed class StatutoryGatewayGraphType : RecordGraphType<StatutoryGateway>
{
    public StatutoryGatewayGraphType() : base("StatutoryGateway", "A statute that lets a partner share a child's information without consent; reference data.") { }
}
