namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// Which people's records are due for disposal on a day, by the retention periods in configuration: a child's
/// safeguarding record at the child's 25th birthday (the date of birth read from the registry), or, without a date of
/// birth, some years after the last activity; an adult's some years after the last activity. A person is an adult's
/// record only when every module's table holding them is declared an adult's. Read from the declarations alone.
/// </summary>
public sealed class RetentionReview(IServiceProvider services, ModuleCatalog catalog, PlatformDbContext platform, ProtectedIdentities identities,
    IOptions<RetentionOptions> options)
{
    /// <summary>Everyone whose records are due on or before <paramref name="asOf"/>, the earliest due first.</summary>
    public async Task<IReadOnlyList<RetentionDue>> DueAsync(DateOnly asOf, CancellationToken ct)
    {
        var records = await platform.Subjects.AsNoTracking().ToListAsync(ct);
        var rootOf = records.ToDictionary(r => r.Id, r => r.MergedInto ?? r.Id);
        var people = records.Where(r => r.MergedInto is null)
            .ToDictionary(r => r.Id, r => new Person(r, UkTime.DateOf(r.RegisteredAt)));

        foreach (var holder in PersonalDataHolder.All(catalog).Where(h => h.IsModule))
        {
            var db = holder.ContextIn(services);
            foreach (var table in holder.Tables)
            foreach (var (id, on) in await PersonalRows.ActivityAsync(db, table, ct))
            {
                if (!rootOf.TryGetValue(id, out var root) || !people.TryGetValue(root, out var person)) continue;
                person.Held(holder.Name, table, on);
            }
        }
        return people.Values.Select(Due).Where(d => d.DueOn <= asOf).OrderBy(d => d.DueOn).ThenBy(d => d.SubjectId).ToList();
    }

    private RetentionDue Due(Person person)
    {
        var rules = options.Value;
        if (person.Kind == RetentionKind.AdultRecord)
            return person.DueOn(person.LastActivity.AddYears(rules.AdultRecordYearsAfterLastActivity), $"{rules.AdultRecordYearsAfterLastActivity} years after the last activity");
        var born = identities.Unprotect(person.Record).DateOfBirth;
        return born is { } dateOfBirth
            ? person.DueOn(dateOfBirth.AddYears(rules.ChildRecordUntilAge), $"{Ordinal(rules.ChildRecordUntilAge)} birthday")
            : person.DueOn(person.LastActivity.AddYears(rules.ChildWithoutBirthDateYearsAfterLastActivity),
                $"{rules.ChildWithoutBirthDateYearsAfterLastActivity} years after the last activity (no date of birth)");
    }

    private static string Ordinal(int n) => n % 100 is 11 or 12 or 13 ? $"{n}th" : (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" };

    private sealed class Person(SubjectRecord record, DateOnly registeredOn)
    {
        private readonly SortedSet<string> _modules = [];
        private bool _child;
        private int _rows;

        public SubjectRecord Record => record;
        public DateOnly LastActivity { get; private set; } = registeredOn;
        // A person held nowhere but the registry, or in any child's table, follows the child's rule: the longer one.
        public RetentionKind Kind => _child || _rows == 0 ? RetentionKind.ChildSafeguardingRecord : RetentionKind.AdultRecord;

        public void Held(string module, PersonalTable table, DateOnly? on)
        {
            _modules.Add(module);
            _rows++;
            _child |= table.Retention == RetentionKind.ChildSafeguardingRecord;
            if (on > LastActivity) LastActivity = on.Value;
        }

        public RetentionDue DueOn(DateOnly day, string basis) => new(record.Id, Kind, [.. _modules], _rows, LastActivity, day, basis);
    }
}
