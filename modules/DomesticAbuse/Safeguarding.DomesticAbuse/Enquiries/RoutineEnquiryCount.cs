namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>
/// An agency's routine enquiries in a period, as the reader may see them. The people asked are part of those recorded,
/// those who disclosed part of those asked, and those offered support part of those recorded, so each count is withheld
/// with whatever would give a small one away.
/// </summary>
/// <param name="Agency">The agency.</param>
/// <param name="Asked">Enquiries where the question was asked.</param>
/// <param name="Disclosed">Enquiries where abuse was disclosed.</param>
/// <param name="Recorded">Enquiries recorded.</param>
/// <param name="SupportOffered">Enquiries where support was offered.</param>
public sealed record RoutineEnquiryCount(string Agency, Disclosed<int> Recorded, Disclosed<int> Asked, Disclosed<int> Disclosed, Disclosed<int> SupportOffered)
{
    public static RoutineEnquiryCount Of(string agency, int recorded, int asked, int disclosed, int supportOffered, DisclosureControl rule)
    {
        var table = rule.Table();
        var (recordedCell, askedCell, disclosedCell, offeredCell) = (table.Count(recorded), table.Count(asked), table.Count(disclosed), table.Count(supportOffered));
        table.Sum(recordedCell, [askedCell, table.Unshown(recorded - asked)])
            .Sum(askedCell, [disclosedCell, table.Unshown(asked - disclosed)])
            .Sum(recordedCell, [offeredCell, table.Unshown(recorded - supportOffered)]);
        return new(agency, table[recordedCell], table[askedCell], table[disclosedCell], table[offeredCell]);
    }
}
