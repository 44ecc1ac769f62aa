using System.Globalization;
using Safeguarding.Host.Platform.Identity;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Bench.Identity;

/// <summary>
/// A synthetic city's people with the truth known: households of children (twins among them), some with a parent on
/// record, sharing family names and postcodes, some having moved; the record the registry holds for each registered
/// person; and records "as agencies send them", copied from the truth with the errors agencies' records carry.
/// </summary>
internal sealed class SyntheticCityPeople
{
    /// <summary>The day the city stands on: ages and birthdays count from it.</summary>
    internal static readonly DateOnly Today = new(2026, 12, 1);
    private readonly Random _random;
    private readonly Dictionary<string, string[]> _forms;
    private readonly List<string> _postcodes;
    private readonly HashSet<string> _nhsNumbers = [];
    private int _upnSerial;

    public List<SyntheticPerson> People { get; } = [];

    public SyntheticCityPeople(int registered, int seed)
    {
        _random = new Random(seed);
        // Other forms of each name the lists know (Alfie for Alfred and the other way round, Mohamed for Muhammad).
        var all = NameForms.AllNames.ToList();
        _forms = all.ToDictionary(n => n, n => all.Where(o => o != n && NameForms.Relate(n, o) != NameRelation.None).ToArray());
        // About six people of the registry to a postcode: fourteen households to a postcode, few of them on record.
        _postcodes = Enumerable.Range(0, Math.Max(50, registered / 6)).Select(_ => NewPostcode()).Distinct().ToList();
        var population = (int)(registered / 0.85);
        while (People.Count < population) AddHousehold(People.Count == 0 ? 0 : People[^1].Household + 1);
        foreach (var person in People)
        {
            person.Registered = _random.NextDouble() < 0.85;
            person.Held = HeldRecord(person);
        }
    }

    private void AddHousehold(int household)
    {
        var community = Pick(SyntheticNames.Communities);
        var family = FamilyName(community);
        var postcode = _postcodes[_random.Next(_postcodes.Count)];
        var moved = _random.NextDouble() < 0.2;
        IReadOnlyList<string> postcodes = moved ? [_postcodes[_random.Next(_postcodes.Count)], postcode] : [postcode];
        var children = Weighted([0.40, 0.35, 0.17, 0.08]) + 1;
        var born = new List<(DateOnly, PersonSex, bool)>();
        while (born.Count < children)
        {
            var dob = Today.AddDays(-_random.Next(0, 18 * 365));
            var sex = _random.NextDouble() < 0.51 ? PersonSex.Male : PersonSex.Female;
            born.Add((dob, sex, false));
            // About one birth in sixty is of twins; two thirds of twins are the same sex.
            if (_random.NextDouble() < 1.0 / 60)
            {
                born[^1] = (dob, sex, true);
                born.Add((dob, _random.NextDouble() < 0.67 ? sex : Other(sex), true));
            }
        }
        var given = new HashSet<string>();
        foreach (var (dob, sex, twin) in born)
        {
            string first;
            do first = GivenName(community, sex); while (!given.Add(first) || given.Any(g => g != first && NameForms.Relate(g, first) != NameRelation.None));
            // A child of a parent's earlier relationship: another family name at the same address.
            var childFamily = _random.NextDouble() < 0.08 ? FamilyName(community) : family;
            Add(household, community, first, childFamily, dob, sex, postcodes, twin);
        }
        if (_random.NextDouble() < 0.3)
        {
            var parentSex = _random.NextDouble() < 0.8 ? PersonSex.Female : PersonSex.Male;
            Add(household, community, GivenName(community, parentSex), family, Today.AddDays(-_random.Next(20 * 365, 55 * 365)), parentSex, postcodes, false);
        }
    }

    private void Add(int household, Community community, string given, string family, DateOnly dob, PersonSex sex, IReadOnlyList<string> postcodes, bool twin)
    {
        var age = Today.Year - dob.Year;
        People.Add(new SyntheticPerson
        {
            Id = People.Count,
            Household = household,
            Community = community,
            Given = given,
            Middle = _random.NextDouble() < 0.5 ? GivenName(community, sex) : null,
            Family = family,
            DateOfBirth = dob,
            Sex = sex,
            NhsNumber = NewNhsNumber(),
            UniquePupilNumber = age is >= 4 and <= 17 ? NewUpn(dob) : null,
            CouncilPersonId = _random.NextDouble() < 0.5 ? "LCS" + (1_000_000 + People.Count) : null,
            PolicePersonReference = _random.NextDouble() < 0.1 ? "PNC/" + (2_000_000 + People.Count) : null,
            Postcodes = postcodes,
            OtherName = _random.NextDouble() < 0.04 ? $"{given} {FamilyName(community)}" : null,
            IsTwin = twin,
        });
    }

    /// <summary>What the registry holds: usually the NHS number, the full name, the last address it was told.</summary>
    private PersonIdentity HeldRecord(SyntheticPerson p)
    {
        var given = p.Middle is not null && _random.NextDouble() < 0.7 ? $"{p.Given} {p.Middle}" : p.Given;
        var addresses = p.Postcodes.Count > 1 && _random.NextDouble() < 0.5
            ? p.Postcodes.Skip(1).Select(Address).ToList() // the registry has not heard of the move
            : p.Postcodes.Select(Address).ToList();
        return new PersonIdentity(Title(given), Title(p.Family), p.DateOfBirth, p.Sex,
            _random.NextDouble() < 0.85 ? Spaced(p.NhsNumber) : null,
            p.UniquePupilNumber is not null && _random.NextDouble() < 0.6 ? p.UniquePupilNumber : null,
            p.CouncilPersonId, p.PolicePersonReference)
        {
            OtherNames = p.OtherName is null ? [] : [Title(p.OtherName)],
            Addresses = addresses,
        };
    }

    /// <summary>
    /// A record of the person as another agency sends it: a police notice, a school referral, a health visitor's form.
    /// Identifiers are often missing; names, dates and postcodes carry the errors such records carry.
    /// </summary>
    public PersonIdentity AgencyRecord(SyntheticPerson p)
    {
        var given = p.Given;
        var roll = _random.NextDouble();
        if (roll < 0.08 && _forms.TryGetValue(given, out var forms) && forms.Length > 0) given = forms[_random.Next(forms.Length)];
        else if (roll < 0.12) given = Typo(given);
        else if (roll < 0.14 && p.Middle is not null) given = p.Middle; // known by the middle name
        else if (roll < 0.15) given = GivenName(p.Community, p.Sex); // known by a name no list holds
        if (p.Middle is not null && _random.NextDouble() < 0.2) given += " " + p.Middle;

        var family = p.Family;
        roll = _random.NextDouble();
        if (roll < 0.04) family = Typo(family);
        else if (roll < 0.06 && _forms.TryGetValue(family, out var spellings) && spellings.Length > 0) family = spellings[_random.Next(spellings.Length)];
        else if (roll < 0.075) family = family.Contains('-') ? family.Split('-')[_random.Next(2)] : $"{family}-{FamilyName(p.Community)}";
        else if (roll < 0.085 && p.OtherName is not null) family = p.OtherName.Split(' ')[^1];
        else if (roll < 0.09) family = FamilyName(p.Community); // a new family name the registry has not heard of

        if (_random.NextDouble() < 0.015) (given, family) = (family, given);

        DateOnly? dob = p.DateOfBirth;
        roll = _random.NextDouble();
        if (roll < 0.025 && p.DateOfBirth.Day <= 12 && p.DateOfBirth.Day != p.DateOfBirth.Month)
            dob = new DateOnly(p.DateOfBirth.Year, p.DateOfBirth.Day, p.DateOfBirth.Month);
        else if (roll < 0.055) dob = OneDigit(p.DateOfBirth);
        else if (roll < 0.065) dob = null;

        var sex = _random.NextDouble() switch { < 0.03 => PersonSex.NotKnown, < 0.04 => Other(p.Sex), _ => p.Sex };

        var addresses = new List<PersonAddress>();
        roll = _random.NextDouble();
        if (roll < 0.85)
        {
            var postcode = p.Postcodes[0];
            if (_random.NextDouble() < 0.03) postcode = postcode[..^2] + Letter() + Letter();
            addresses.Add(Address(postcode));
        }

        return new PersonIdentity(Title(given), Title(family), dob, sex,
            _random.NextDouble() < 0.45 ? p.NhsNumber : null,
            p.UniquePupilNumber is not null && _random.NextDouble() < 0.25 ? p.UniquePupilNumber : null,
            p.CouncilPersonId is not null && _random.NextDouble() < 0.2 ? p.CouncilPersonId : null,
            p.PolicePersonReference is not null && _random.NextDouble() < 0.5 ? p.PolicePersonReference : null)
        {
            Addresses = addresses,
        };
    }

    private string GivenName(Community c, PersonSex sex)
    {
        // Half the time a name from the whole city's list: families choose across communities, and the long tail of
        // names keeps the commonest near the two to four per cent the ONS baby-name tables show.
        var names = _random.NextDouble() < 0.5 ? sex == PersonSex.Female ? c.Girls : c.Boys : sex == PersonSex.Female ? SyntheticNames.AllGirls : SyntheticNames.AllBoys;
        return Zipf(names);
    }

    private string FamilyName(Community c)
    {
        string One() => c.EnglishSurnames && _random.NextDouble() < 0.6 ? SyntheticNames.PlaceSurnames[_random.Next(SyntheticNames.PlaceSurnames.Length)] : Zipf(c.Families);
        return _random.NextDouble() < c.HyphenatedShare ? $"{One()}-{One()}" : One();
    }

    /// <summary>Names drawn with a flattened Zipf's law (exponent 0.6): the first of a list about 1.5 times as often as the second.</summary>
    private string Zipf(string[] names)
    {
        var total = 0.0;
        for (var i = 1; i <= names.Length; i++) total += Math.Pow(i, -0.6);
        var x = _random.NextDouble() * total;
        for (var i = 1; i <= names.Length; i++)
        {
            x -= Math.Pow(i, -0.6);
            if (x <= 0) return names[i - 1];
        }
        return names[^1];
    }

    private Community Pick(Community[] communities)
    {
        var x = _random.NextDouble() * communities.Sum(c => c.Share);
        foreach (var c in communities)
        {
            x -= c.Share;
            if (x <= 0) return c;
        }
        return communities[^1];
    }

    private int Weighted(double[] weights)
    {
        var x = _random.NextDouble();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x <= 0) return i;
        }
        return weights.Length - 1;
    }

    /// <summary>One keying error: a letter dropped, doubled, swapped with its neighbour or replaced.</summary>
    private string Typo(string name)
    {
        if (name.Length < 3) return name;
        var i = _random.Next(1, name.Length - 1);
        return _random.Next(4) switch
        {
            0 => name.Remove(i, 1),
            1 => name.Insert(i, name[i].ToString()),
            2 => string.Concat(name.AsSpan(0, i), name[i + 1].ToString(), name[i].ToString(), name.AsSpan(i + 2)),
            _ => string.Concat(name.AsSpan(0, i), Letter().ToString().ToLowerInvariant(), name.AsSpan(i + 1)),
        };
    }

    private DateOnly OneDigit(DateOnly dob)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var text = dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture).ToCharArray();
            var i = _random.Next(3, 8);
            text[i] = (char)('0' + _random.Next(10));
            if (DateOnly.TryParseExact(new string(text), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wrong) && wrong != dob) return wrong;
        }
        return dob.AddDays(1);
    }

    private static PersonSex Other(PersonSex sex) => sex == PersonSex.Male ? PersonSex.Female : PersonSex.Male;

    private char Letter() => "ABDEFGHJLNPQRSTUWXYZ"[_random.Next(20)];

    private string NewPostcode() => $"B{_random.Next(1, 46)} {_random.Next(0, 10)}{Letter()}{Letter()}";

    private static PersonAddress Address(string postcode) => new(null, postcode);

    private string NewNhsNumber()
    {
        while (true)
        {
            var digits = string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('0' + _random.Next(10))));
            var sum = 0;
            for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
            var check = (11 - sum % 11) % 11;
            if (check == 10) continue;
            var number = digits + check;
            if (_nhsNumbers.Add(number)) return number;
        }
    }

    private string NewUpn(DateOnly dob)
    {
        // Establishment and serial from a counter: no two children share a UPN.
        var n = _upnSerial++;
        var twelve = $"330{2000 + n / 1000 % 5000:D4}{(dob.Year + 4) % 100:D2}{n % 1000:D3}";
        return SharedKernel.Subjects.UniquePupilNumber.CheckLetter(twelve) + twelve;
    }

    private static string Spaced(string nhs) => $"{nhs[..3]} {nhs[3..6]} {nhs[6..]}";

    private static string Title(string name) =>
        string.Join(' ', name.Split(' ').Select(w => string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))));
}
