namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// What an identity matched to a person held adds to their record: a new address (the child moved), another name (an
/// alias, a previous family name; only when a verified identifier made the match, so that a name typed wrong is not kept
/// as an alias), and identifiers the record lacked (a UPN when the child started school, the police's
/// reference). It only adds: a value the record holds is never replaced by the arriving one, so a typing error in a
/// notice cannot overwrite a verified NHS number or a name; a conflicting identifier is left for a practitioner.
/// </summary>
public static class IdentityLearning
{
    public sealed record Learned(PersonIdentity Identity, IReadOnlyList<PersonAddress> NewAddresses, IReadOnlyList<string> What)
    {
        public bool Anything => What.Count > 0;

        /// <summary>What was added, in a few words ("an address, the Unique Pupil Number"): for the practitioner's reasons and the audit log alike.</summary>
        public string Summary => string.Join(", ", What);
    }

    public static Learned Learn(PersonIdentity held, PersonIdentity arriving, bool matchedByVerifiedIdentifier)
    {
        var what = new List<string>();
        var heldHomes = held.Addresses.Select(Home).ToHashSet(StringComparer.Ordinal);
        var newAddresses = arriving.Addresses.Where(a => heldHomes.Add(Home(a))).ToList();
        if (newAddresses.Count > 0) what.Add(newAddresses.Count == 1 ? "an address" : $"{newAddresses.Count} addresses");

        var heldNames = new HashSet<string>([Folded(held.FullName), .. held.OtherNames.Select(Folded)], StringComparer.Ordinal);
        var newNames = (matchedByVerifiedIdentifier ? new[] { arriving.FullName }.Concat(arriving.OtherNames) : [])
            .Where(n => !string.IsNullOrWhiteSpace(n) && heldNames.Add(Folded(n))).Select(n => n.Trim()).ToList();
        if (newNames.Count > 0) what.Add(newNames.Count == 1 ? "another name" : $"{newNames.Count} other names");

        string? Filled(string? heldValue, string? arrivingValue, string name)
        {
            if (!string.IsNullOrWhiteSpace(heldValue) || string.IsNullOrWhiteSpace(arrivingValue)) return heldValue;
            what.Add(name);
            return arrivingValue;
        }

        var identity = held with
        {
            NhsNumber = Filled(held.NhsNumber, arriving.NhsNumber, "the NHS number"),
            UniquePupilNumber = Filled(held.UniquePupilNumber, arriving.UniquePupilNumber, "the Unique Pupil Number"),
            CouncilPersonId = Filled(held.CouncilPersonId, arriving.CouncilPersonId, "the council's person id"),
            PolicePersonReference = Filled(held.PolicePersonReference, arriving.PolicePersonReference, "the police person reference"),
            Sex = held.Sex == PersonSex.NotKnown && arriving.Sex != PersonSex.NotKnown ? Noted(arriving.Sex, "the sex", what) : held.Sex,
            OtherNames = [.. held.OtherNames, .. newNames],
            // Newest first: what arrives now is where the child lives now, unless its dates say otherwise.
            Addresses = [.. newAddresses, .. held.Addresses],
        };
        return new Learned(identity, newAddresses, what);
    }

    private static T Noted<T>(T value, string name, List<string> what)
    {
        what.Add(name);
        return value;
    }

    /// <summary>One home however it is written: the household index's compared form, or the postcode and line as given.</summary>
    private static string Home(PersonAddress address) =>
        HouseholdAddressIndex.KeyOf(address) ?? $"{Folded(address.Postcode)}|{Folded(address.Line ?? "")}";

    private static string Folded(string text) => string.Join(' ', text.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
