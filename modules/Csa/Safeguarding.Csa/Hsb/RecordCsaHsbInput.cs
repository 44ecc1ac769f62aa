using Safeguarding.Csa.Support;

namespace Safeguarding.Csa.Hsb;

public sealed class RecordCsaHsbInput
{
    public string? SubjectId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public HsbGrade Grade { get; set; }
    public string? Behaviour { get; set; }
    public string? Response { get; set; }
    public CsaSupportReferralInput? Referral { get; set; }
}
