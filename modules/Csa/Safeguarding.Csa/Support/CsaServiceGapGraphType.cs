namespace Safeguarding.Csa.Support;

public sealed class CsaServiceGapGraphType : RecordGraphType<ServiceGap>
{
    public CsaServiceGapGraphType() : base("CsaServiceGap", "Referrals to one support service, with waiting times and the referrals that are unmet.")
    {
        Describe(x => x.AverageWaitingDays, "Average days from referral to start, over referrals started; one decimal place.");
        Describe(x => x.UnmetNoCommissionedService, "Not started, and no commissioned service exists for them.");
        Describe(x => x.UnmetWaitingTooLong, "Not started after the configured number of days (Csa:Support:UnmetAfterDays).");
        Describe(x => x.LongestCurrentWaitDays, "The longest wait among referrals not yet started.");
    }
}
