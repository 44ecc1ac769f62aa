using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Host.Auth;

namespace Safeguarding.Tests.Unit;

/// <summary>A bearer token checked once is remembered, and what is remembered never lets a request through that the full
/// check would refuse, nor lets one request change another's identity.</summary>
public sealed class ValidatedBearerTokensTests : IDisposable
{
    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly AuthOptions _auth = new();
    private readonly ValidatedBearerTokens _tokens = new() { MapInboundClaims = false };

    public void Dispose() => _tokens.Dispose();

    private TokenValidationParameters Parameters(SecurityKey? key = null) => new()
    {
        ValidIssuer = _auth.Issuer,
        ValidAudience = _auth.Audience,
        IssuerSigningKey = key ?? _key,
        ClockSkew = TimeSpan.Zero,
    };

    private string Token(TimeSpan lifetime, DateTimeOffset? issued = null) =>
        TokenIssuer.Issue(DemoUsers.Find("nina.neglect")!, _auth, _key, issued ?? DateTimeOffset.UtcNow, lifetime);

    [Fact]
    public async Task Each_request_gets_an_identity_of_its_own_from_a_remembered_token()
    {
        var token = Token(TimeSpan.FromMinutes(30));
        var first = await _tokens.ValidateTokenAsync(token, Parameters());
        var second = await _tokens.ValidateTokenAsync(token, Parameters());
        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        second.ClaimsIdentity.AddClaim(new Claim("role", "Administrator"));
        var third = await _tokens.ValidateTokenAsync(token, Parameters());
        Assert.DoesNotContain(third.ClaimsIdentity.Claims, c => c.Type == "role" && c.Value == "Administrator");
        Assert.Equal(first.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)), third.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)));
    }

    [Fact]
    public async Task A_token_that_failed_is_checked_again_and_fails_again()
    {
        var token = Token(TimeSpan.FromMinutes(30));
        var otherKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        Assert.False((await _tokens.ValidateTokenAsync(token, Parameters(otherKey))).IsValid);
        Assert.False((await _tokens.ValidateTokenAsync(token, Parameters(otherKey))).IsValid);
        Assert.True((await _tokens.ValidateTokenAsync(token, Parameters())).IsValid);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var expired = Token(TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.False((await _tokens.ValidateTokenAsync(expired, Parameters())).IsValid);
        Assert.False((await _tokens.ValidateTokenAsync(expired, Parameters())).IsValid);
    }
}
