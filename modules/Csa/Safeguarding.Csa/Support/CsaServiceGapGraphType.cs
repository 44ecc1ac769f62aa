namespace Safeguarding.Csa.Support;

public sealed class CsaServiceGapGraphType() : RecordGraphType<ServiceGap>("CsaServiceGap", "Referrals to one support service, with waiting times and the referrals that are unmet.");
