namespace Safeguarding.Host.Platform.Sharing;

/// <summary>
/// The statutory gateways the partnership shares children's information under: those its safeguarding arrangements,
/// school audits (s.175/157) and agency audits (s.11) rest on, and the Data Protection Act's condition for safeguarding.
/// </summary>
public static class StatutoryGateways
{
    public const string ChildInNeed = "CHILDREN_ACT_1989_S17";
    public const string ChildProtectionEnquiry = "CHILDREN_ACT_1989_S47";
    public const string SafeguardingOfChildren = "DPA_2018_SCH1_PARA18";

    public static readonly IReadOnlyList<StatutoryGateway> Partnership =
    [
        new() { Code = ChildInNeed, Name = "Children Act 1989, section 17",
            Summary = "Assessing and providing services for a child in need and their family." },
        new() { Code = ChildProtectionEnquiry, Name = "Children Act 1989, section 47",
            Summary = "Enquiries where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm." },
        new() { Code = SafeguardingOfChildren, Name = "Data Protection Act 2018, Schedule 1, paragraph 18",
            Summary = "Safeguarding of children: sharing without consent where it cannot be given, cannot reasonably be obtained, or seeking it would put the child at risk." },
        new() { Code = "CHILDREN_ACT_2004_S10", Name = "Children Act 2004, section 10",
            Summary = "Co-operation between the local authority and its partners to improve the well-being of children." },
        new() { Code = "CHILDREN_ACT_2004_S11", Name = "Children Act 2004, section 11",
            Summary = "Each agency's duty to make arrangements to safeguard and promote the welfare of children." },
        new() { Code = "CHILDREN_ACT_2004_S16H", Name = "Children Act 2004, section 16H",
            Summary = "Information the safeguarding partners require for their local safeguarding arrangements." },
        new() { Code = "CRIME_AND_DISORDER_ACT_1998_S115", Name = "Crime and Disorder Act 1998, section 115",
            Summary = "Disclosure to the police, the local authority, health and probation where it is needed to reduce crime and disorder." },
        new() { Code = "EDUCATION_ACT_2002_S175", Name = "Education Act 2002, section 175",
            Summary = "Local authorities, maintained schools and further education colleges safeguarding and promoting the welfare of their pupils." },
        new() { Code = "EDUCATION_ACT_2002_S157", Name = "Education Act 2002, section 157",
            Summary = "Independent schools and academies safeguarding and promoting the welfare of their pupils." },
    ];
}
