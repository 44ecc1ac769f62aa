using GraphQL;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>The codes every GraphQL error carries in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string ModuleDisabled = "MODULE_DISABLED";
    public const string Conflict = "CONFLICT";
}

/// <summary>An error a practitioner can understand, with a code a client can act on.</summary>
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

public sealed record FieldProblem(string Field, string Message);

/// <summary>Collects every problem with an input before anything is written, then fails once with all of them.</summary>
public sealed class InputCheck
{
    private readonly List<FieldProblem> _problems = [];

    public InputCheck Require(bool condition, string field, string message)
    {
        if (!condition) _problems.Add(new FieldProblem(field, message));
        return this;
    }

    public InputCheck RequireText(string? value, string field, string label, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value)) _problems.Add(new FieldProblem(field, $"{label} is required."));
        else if (value.Length > maxLength) _problems.Add(new FieldProblem(field, $"{label} must be {maxLength} characters or fewer."));
        return this;
    }

    public InputCheck OptionalText(string? value, string field, string label, int maxLength = 2000)
    {
        if (value is not null && value.Length > maxLength) _problems.Add(new FieldProblem(field, $"{label} must be {maxLength} characters or fewer."));
        return this;
    }

    public bool HasProblems => _problems.Count > 0;

    /// <summary>Parses an id that is the only input to check, failing at once with VALIDATION when it is not one.</summary>
    public static Guid Id(string? value, string field, string label)
    {
        var check = new InputCheck();
        var id = check.ParseId(value, field, label);
        check.ThrowIfInvalid();
        return id;
    }

    /// <summary>Throws a VALIDATION error naming every problem, if there are any.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count == 0) return;
        var message = _problems.Count == 1 ? _problems[0].Message : "Some details need correcting: " + string.Join(" ", _problems.Select(p => p.Message));
        throw new PartnershipError(ErrorCodes.Validation, message, _problems.ToList());
    }
}
