namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>
/// The modules Scrutiny reads the partnership through, by the name each gives itself (its <c>PartnershipModule.Name</c>):
/// the scorecard asks the module catalogue and the module switches about them by this name, and names them in its notes.
/// Scrutiny references their Contracts only, so the names are held here, once.
/// </summary>
public static class SourceModules
{
    public const string Governance = "Governance";
    public const string Neglect = "Neglect";
    public const string DomesticAbuse = "DomesticAbuse";
    public const string Adolescents = "Adolescents";
    public const string Csa = "Csa";
    public const string Funding = "Funding";

    public static readonly IReadOnlyList<string> All = [Governance, Neglect, DomesticAbuse, Adolescents, Csa, Funding];
}
