using GraphQL.Types;

namespace Safeguarding.Csa.Support;

public sealed class CsaSupportReferralInputType : InputObjectGraphType<CsaSupportReferralInput>
{
    public CsaSupportReferralInputType()
    {
        Name = "CsaSupportReferralInput";
        Field(x => x.Service).Description("The service referred to, e.g. a recovery service or an HSB service.");
        Field<NonNullGraphType<EnumerationGraphType<SupportKind>>>("kind");
        Field(x => x.Commissioned, nullable: true).Description("Whether a commissioned service exists to take it; default true. False records a gap.");
        Field(x => x.ReferredOn);
    }
}
