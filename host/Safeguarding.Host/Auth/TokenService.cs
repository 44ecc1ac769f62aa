using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.Host.Auth;

/// <summary>Bound from the "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    public string Issuer { get; set; } = "safeguarding-modular";
    public string Audience { get; set; } = "safeguarding-modular";
    /// <summary>Outside Development: the partnership's identity provider (OpenID Connect authority).</summary>
    public string? Authority { get; set; }
    /// <summary>A base64 HMAC key for locally issued tokens. Never committed: from the environment or a secret store.</summary>
    public string? SigningKey { get; set; }
}

/// <summary>
/// The key that signs locally issued tokens. Configured (Auth:SigningKey) in any environment; in Development,
/// when none is configured, a random key is created once in the data folder (which git ignores).
/// </summary>
public static class SigningKeys
{
    public static SymmetricSecurityKey? Resolve(AuthOptions auth, ModuleDatabaseOptions database, bool isDevelopment)
    {
        if (!string.IsNullOrWhiteSpace(auth.SigningKey)) return new SymmetricSecurityKey(Convert.FromBase64String(auth.SigningKey));
        if (!isDevelopment) return null;
        var folder = Path.GetFullPath(database.DataFolder);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "development-signing.key");
        if (!File.Exists(file))
        {
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64))));
            }
            catch (IOException) when (File.Exists(file)) { } // another process made it first
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file).Trim()));
    }
}

public static class TokenIssuer
{
    public static string Issue(DemoUser user, AuthOptions auth, SecurityKey key, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = DemoUsers.Claims(user);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
