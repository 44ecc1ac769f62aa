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
    /// <summary>A request named a trusted document by an id the partnership holds no document for.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    /// <summary>A request wrote its own document where the partnership executes only trusted documents.</summary>
    public const string TrustedDocumentsOnly = "TRUSTED_DOCUMENTS_ONLY";
}
