using Safeguarding.Host.Platform;

namespace Safeguarding.Host.GraphQL;

public sealed class RecordSharingBasisInput
{
    public string? SubjectId { get; set; }
    public string? Module { get; set; }
    public SharingBasis Basis { get; set; }
    public string? Reason { get; set; }
}
