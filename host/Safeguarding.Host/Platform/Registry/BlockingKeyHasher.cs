using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Turns the matcher's blocking keys (a date of birth with a phonetic family name, an NHS number...) into keyed hashes,
/// HMAC-SHA256 with a key generated once per deployment. The database then holds no key in a form that a dictionary of
/// names and dates could reverse: without the registry's key the hashes say nothing, and the key itself is stored only
/// encrypted by Data Protection (whose key ring is itself encrypted outside Development).
/// </summary>
public sealed class BlockingKeyHasher(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string SecretName = "blocking-key-hmac";
    private const int KeyBytes = 32;

    private readonly IDataProtector _protector = protection.CreateProtector("Safeguarding.Subjects.BlockingKeys.v1");
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    public async Task<IReadOnlyList<string>> HashAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var key = _key ?? await LoadKeyAsync(ct);
        return keys.Distinct(StringComparer.Ordinal).Select(k => Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(k)))).ToList();
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken ct)
    {
        await _loading.WaitAsync(ct);
        try
        {
            if (_key is not null) return _key;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var stored = await db.RegistrySecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == SecretName, ct);
            if (stored is null)
            {
                db.RegistrySecrets.Add(new RegistrySecret
                {
                    Name = SecretName, ProtectedValue = _protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes))), CreatedAt = clock.GetUtcNow(),
                });
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    // Another instance generated the deployment's key first: use theirs, so every instance hashes alike.
                    db.ChangeTracker.Clear();
                }
                stored = await db.RegistrySecrets.AsNoTracking().SingleAsync(s => s.Name == SecretName, ct);
            }
            return _key = Convert.FromBase64String(_protector.Unprotect(stored.ProtectedValue));
        }
        finally
        {
            _loading.Release();
        }
    }
}
