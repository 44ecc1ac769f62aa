namespace Safeguarding.SharedKernel.Domain;

/// <summary>The codes every error a client sees carries (in GraphQL, <c>extensions.code</c>).</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string ModuleDisabled = "MODULE_DISABLED";
    public const string Conflict = "CONFLICT";
}
