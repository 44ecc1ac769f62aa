using GraphQL.Types;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>What registering a person did: found them already held, registered someone new, or registered them with a question for review.</summary>
public sealed class RegistrationOutcomeGraphType : EnumerationGraphType<MatchOutcome>
{
    public RegistrationOutcomeGraphType() => Name = "RegistrationOutcome";
}
