namespace Safeguarding.SharedKernel.Domain;

/// <summary>
/// A rule of the partnership refused a request: the input was wrong, the thing asked for does not exist, the caller may
/// not do it, or it conflicts with what is already recorded. Entities and application services throw it; it knows
/// nothing of GraphQL or HTTP. The host turns it into an error with <see cref="Code"/> in <c>extensions.code</c> and
/// <see cref="Exception.Message"/> for the practitioner, exactly as the API has always answered.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message, IReadOnlyList<FieldProblem>? problems = null) : base(message)
    {
        Code = code;
        Problems = problems ?? [];
    }

    /// <summary>One of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>For VALIDATION: each input field that was wrong and why.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    public static DomainException NotFound(string what, object id) => new(ErrorCodes.NotFound, $"No {what} was found with id {id}.");
    public static DomainException Forbidden(string message) => new(ErrorCodes.Forbidden, message);
    public static DomainException Conflict(string message) => new(ErrorCodes.Conflict, message);
    public static DomainException Invalid(string field, string message) => new(ErrorCodes.Validation, message, [new FieldProblem(field, message)]);
}
