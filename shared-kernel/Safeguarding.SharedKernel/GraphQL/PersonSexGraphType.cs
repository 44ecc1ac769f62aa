using GraphQL.Types;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>A person's stated sex, in the NHS data dictionary's terms.</summary>
public sealed class PersonSexGraphType : EnumerationGraphType<PersonSex>
{
    public PersonSexGraphType() => Name = "PersonSex";
}
