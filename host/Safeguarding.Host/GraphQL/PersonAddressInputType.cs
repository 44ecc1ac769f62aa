namespace Safeguarding.Host.GraphQL;

public sealed class PersonAddressInputType() : RecordInputGraphType<PersonAddressInput>("PersonAddressInput", "An address a person lived at.");
