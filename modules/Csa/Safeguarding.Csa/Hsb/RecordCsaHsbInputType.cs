using Safeguarding.Csa.Support;

namespace Safeguarding.Csa.Hsb;

public sealed class RecordCsaHsbInputType : RecordInputGraphType<RecordCsaHsbInput>
{
    public RecordCsaHsbInputType() : base("RecordCsaHarmfulSexualBehaviourInput")
    {
        Reference(x => x.SubjectId, required: true, "The child whose behaviour it was, registered in the subject registry.");
        Describe(x => x.Grade, "GREEN, AMBER or RED (the traffic-light approach).");
        Describe(x => x.Behaviour, "What happened, briefly.");
        Describe(x => x.Response, "The response taken.");
        ShownAs<CsaSupportReferralInputType>(x => x.Referral).Description = "The referral made in response. Required for RED.";
    }
}
