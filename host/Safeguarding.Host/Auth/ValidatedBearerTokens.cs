using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.Host.Auth;

/// <summary>
/// Validates bearer tokens as <see cref="JsonWebTokenHandler"/> does, and remembers a token found valid until it expires
/// or for <see cref="MaxKept"/>, whichever is sooner, so that a client sending the same token with every request (every
/// client does) is not read, parsed and checked against its signature again each time: on the request path that was
/// about a tenth of the host's work for a small query. A token is remembered only when every check passed; a token that
/// failed is checked in full every time. What a remembered token gives is a copy of the identity made when it was
/// checked, so no request can change another's. A token signed with a key the identity provider has since withdrawn is
/// honoured for at most <see cref="MaxKept"/> more (a bearer token cannot be withdrawn at all before it expires; this
/// only bounds how soon a withdrawn key takes effect). Nothing a library here offers does this (decision 0034).
/// </summary>
public sealed class ValidatedBearerTokens : JsonWebTokenHandler, IDisposable
{
    /// <summary>The longest a token is honoured without being checked again.</summary>
    public static readonly TimeSpan MaxKept = TimeSpan.FromMinutes(5);

    // Bounded by count: a token is a few hundred characters, and ten thousand of them is every user of a partnership.
    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        // By the token alone: the bearer handler passes a fresh copy of its parameters with every request. Time is the
        // machine's, as the base handler's checks of a token's lifetime are.
        if (_valid.TryGetValue(token, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > DateTime.UtcNow)
            return Copy(known);
        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } checkedToken)
        {
            var now = DateTimeOffset.UtcNow;
            var until = checkedToken.ValidTo == DateTime.MinValue ? now + MaxKept : new DateTimeOffset(DateTime.SpecifyKind(checkedToken.ValidTo, DateTimeKind.Utc));
            if (until > now)
                _valid.Set(token, Copy(result), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until < now + MaxKept ? until : now + MaxKept });
        }
        return result;
    }

    /// <summary>The same outcome with an identity of its own (claims copied), so that nothing shares a mutable identity.</summary>
    private static TokenValidationResult Copy(TokenValidationResult result) => new()
    {
        IsValid = true,
        SecurityToken = result.SecurityToken,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        Issuer = result.Issuer,
        TokenType = result.TokenType,
        TokenContext = result.TokenContext,
    };

    public void Dispose() => _valid.Dispose();
}
