namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// What a registration of several people at once knows of the registry while it decides, person by person: the records
/// held under the batch's blocking keys (read with one query for the whole batch), and what the batch has itself added
/// (new records, and what matched records learned). A person later in the batch is then matched exactly as if registered
/// after the earlier ones had been committed: the same child named twice in a police batch is one record.
/// </summary>
public sealed class RegistrationBatch
{
    private readonly Dictionary<string, List<Guid>> _recordsUnder;
    // Decrypted when first compared: an arrival decided by its NHS number or UPN never opens the records found only by name.
    private readonly Dictionary<Guid, Lazy<PersonIdentity>> _identityOf;
    private readonly Dictionary<Guid, Guid> _rootOf;

    /// <param name="recordsUnder">The records held under each key hash.</param>
    /// <param name="identityOf">The identity each of those records holds, and that of the person each belongs to.</param>
    /// <param name="rootOf">The id that stands for the person each record belongs to (itself unless merged into another).</param>
    public RegistrationBatch(Dictionary<string, List<Guid>> recordsUnder, Dictionary<Guid, Lazy<PersonIdentity>> identityOf, Dictionary<Guid, Guid> rootOf)
    {
        _recordsUnder = recordsUnder;
        _identityOf = identityOf;
        _rootOf = rootOf;
    }

    /// <summary>
    /// The records sharing a key with an arriving person, at most <paramref name="most"/> (the keys of identifiers come
    /// first), each with the person it belongs to and the identity it holds now.
    /// </summary>
    public IEnumerable<(Guid Root, Guid Record, PersonIdentity Identity)> Sharing(IReadOnlyList<string> hashes, int most) =>
        hashes.SelectMany(h => _recordsUnder.GetValueOrDefault(h) ?? []).Distinct().Take(most).Select(r => (_rootOf[r], r, _identityOf[r].Value));

    /// <summary>
    /// Adds the records another read found under other keys: a record both reads found keeps what this batch holds of it
    /// (an identity already decrypted).
    /// </summary>
    public void Include(RegistrationBatch more)
    {
        foreach (var (hash, records) in more._recordsUnder)
        {
            if (!_recordsUnder.TryGetValue(hash, out var held)) _recordsUnder[hash] = held = [];
            held.AddRange(records.Where(r => !held.Contains(r)));
        }
        foreach (var (record, identity) in more._identityOf) _identityOf.TryAdd(record, identity);
        foreach (var (record, root) in more._rootOf) _rootOf.TryAdd(record, root);
    }

    /// <summary>The identity held for the person <paramref name="root"/> stands for.</summary>
    public PersonIdentity IdentityOf(Guid root) => _identityOf[root].Value;

    /// <summary>A record this batch makes: found by the people after it under its keys.</summary>
    public void Added(Guid record, PersonIdentity identity, IEnumerable<string> hashes)
    {
        _rootOf[record] = record;
        Learned(record, identity, hashes);
    }

    /// <summary>What a matched person's record holds after learning from an arriving identity, and the keys it is now found under.</summary>
    public void Learned(Guid root, PersonIdentity identity, IEnumerable<string> hashes)
    {
        _identityOf[root] = new Lazy<PersonIdentity>(identity);
        foreach (var hash in hashes)
        {
            if (!_recordsUnder.TryGetValue(hash, out var records)) _recordsUnder[hash] = records = [];
            if (!records.Contains(root)) records.Add(root);
        }
    }
}
