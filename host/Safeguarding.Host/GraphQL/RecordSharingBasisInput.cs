using Safeguarding.Host.Platform;

namespace Safeguarding.Host.GraphQL;

public sealed class RecordSharingBasisInput
{
    public string? SubjectId { get; set; }
    /// <summary>The module whose information about the child is shared.</summary>
    public string? Module { get; set; }
    public SharingBasis Basis { get; set; }
    /// <summary>Why consent was overridden (required then): seeking it would put the child at risk.</summary>
    public string? Reason { get; set; }
}
