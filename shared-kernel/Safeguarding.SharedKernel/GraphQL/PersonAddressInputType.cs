using GraphQL.Types;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.SharedKernel.GraphQL;

public sealed class PersonAddressInputType() : RecordInputGraphType<PersonAddressInput>("PersonAddressInput", "An address a person lived at.");
