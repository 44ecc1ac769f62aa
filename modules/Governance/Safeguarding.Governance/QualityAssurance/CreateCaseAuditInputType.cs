namespace Safeguarding.Governance.QualityAssurance;

public sealed class CreateCaseAuditInputType : RecordInputGraphType<CreateCaseAuditInput>
{
    public CreateCaseAuditInputType() : base("CreateCaseAuditInput")
    {
        Describe(x => x.Quarter, "Financial year and quarter, e.g. 2023/24 Q3.");
        // Each entry is a reference to a partner, received as text so that the module answers a malformed one itself.
        ShownAs<IdGraphType>(x => x.AgencyPartnerIds);
        Required(x => x.AgencyPartnerIds).Description = "The agencies taking part (at least two).";
        Reference(x => x.RepeatOfAuditId, required: false, "The earlier audit this one repeats, to check the actions made a difference.");
    }
}
