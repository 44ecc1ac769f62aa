namespace Safeguarding.Host.Web;

/// <summary>Bound from "Auth:Oidc": the partnership's identity provider, for signing in to the web interface.</summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    /// <summary>From the environment or a secret store, never from the repository.</summary>
    public string? ClientSecret { get; set; }
    public List<string> Scopes { get; set; } = [];
    public bool Configured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
