using GraphQL.Types;

namespace Safeguarding.Csa.Support;

public sealed class MakeCsaSupportReferralInputType : InputObjectGraphType<MakeCsaSupportReferralInput>
{
    public MakeCsaSupportReferralInputType()
    {
        Name = "MakeCsaSupportReferralInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field<NonNullGraphType<CsaSupportReferralInputType>>("referral");
    }
}
