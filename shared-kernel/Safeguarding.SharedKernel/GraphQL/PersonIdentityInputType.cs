using GraphQL.Types;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.SharedKernel.GraphQL;

public sealed class PersonIdentityInputType : RecordInputGraphType<PersonIdentityInput>
{
    public PersonIdentityInputType() : base("PersonIdentityInput",
        "Who a person is, as the agency knows them: a name (whole, or given and family names) and a date of birth, with any " +
        "identifiers and addresses. Matched to the person the partnership already holds, or registered.")
    {
    }
}
