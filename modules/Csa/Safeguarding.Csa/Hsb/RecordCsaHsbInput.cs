using Safeguarding.Csa.Support;

namespace Safeguarding.Csa.Hsb;

public sealed class RecordCsaHsbInput
{
    /// <summary>The child whose behaviour it was, registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    /// <summary>The UK day it happened.</summary>
    public DateOnly OccurredOn { get; set; }
    /// <summary>GREEN, AMBER or RED (the traffic-light approach).</summary>
    public HsbGrade Grade { get; set; }
    /// <summary>What happened, briefly.</summary>
    public string? Behaviour { get; set; }
    /// <summary>The response taken.</summary>
    public string? Response { get; set; }
    /// <summary>The referral made in response. Required for RED.</summary>
    public CsaSupportReferralInput? Referral { get; set; }
}
