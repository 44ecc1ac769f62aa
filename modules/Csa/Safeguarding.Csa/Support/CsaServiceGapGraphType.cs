using GraphQL.Types;

namespace Safeguarding.Csa.Support;

public sealed class CsaServiceGapGraphType : ObjectGraphType<ServiceGap>
{
    public CsaServiceGapGraphType()
    {
        Name = "CsaServiceGap";
        Description = "Referrals to one support service, with waiting times and the referrals that are unmet.";
        Field(x => x.Service);
        Field<NonNullGraphType<EnumerationGraphType<SupportKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Referrals);
        Field(x => x.Started);
        Field(x => x.AverageWaitingDays, nullable: true).Description("Average days from referral to start, over referrals started; one decimal place.");
        Field(x => x.UnmetNoCommissionedService).Description("Not started, and no commissioned service exists for them.");
        Field(x => x.UnmetWaitingTooLong).Description("Not started after the configured number of days (Csa:Support:UnmetAfterDays).");
        Field(x => x.LongestCurrentWaitDays, nullable: true).Description("The longest wait among referrals not yet started.");
    }
}
