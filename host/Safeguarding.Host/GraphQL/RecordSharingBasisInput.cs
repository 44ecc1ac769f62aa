namespace Safeguarding.Host.GraphQL;

public sealed class RecordSharingBasisInput
{
    public string? SubjectId { get; set; }
    /// <summary>The module whose information about the child is shared.</summary>
    public string? Module { get; set; }
    /// <summary>The lawful basis the information is shared on.</summary>
    public SharingBasis Basis { get; set; }
    /// <summary>Why consent was overridden (required then, and only then): seeking it would put the child at risk.</summary>
    public string? Reason { get; set; }
    /// <summary>The statutory gateway's code (required for STATUTORY_GATEWAY, and only then), one of statutoryGateways.</summary>
    public string? Gateway { get; set; }
    /// <summary>The id of the information-sharing agreement the basis is recorded under, if any (not one overdue for review).</summary>
    public string? Agreement { get; set; }
}
