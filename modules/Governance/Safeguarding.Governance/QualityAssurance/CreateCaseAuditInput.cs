namespace Safeguarding.Governance.QualityAssurance;

public sealed class CreateCaseAuditInput
{
    public string? Topic { get; set; }
    public string? Quarter { get; set; }
    public List<string>? AgencyPartnerIds { get; set; }
    public string? RepeatOfAuditId { get; set; }
}
