using GraphQL;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>An error a practitioner can understand, with a code a client can act on, as GraphQL carries it. Domain code
/// throws <see cref="DomainException"/> instead; the host maps one onto the other.</summary>
public class PartnershipError : ExecutionError
{
    public PartnershipError(string code, string message, IReadOnlyList<FieldProblem>? problems = null) : base(message)
    {
        Code = code;
        Problems = problems ?? [];
    }

    /// <summary>For VALIDATION: each input field that was wrong and why.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    public static PartnershipError NotFound(string what, object id) => new(ErrorCodes.NotFound, $"No {what} was found with id {id}.");
    public static PartnershipError Forbidden(string message) => new(ErrorCodes.Forbidden, message);
    public static PartnershipError Conflict(string message) => new(ErrorCodes.Conflict, message);
    public static PartnershipError ModuleDisabled(string module) =>
        new(ErrorCodes.ModuleDisabled, $"The {module} module is switched off. An administrator can switch it on again.");
    public static PartnershipError Invalid(string field, string message) =>
        new(ErrorCodes.Validation, message, [new FieldProblem(field, message)]);
}
