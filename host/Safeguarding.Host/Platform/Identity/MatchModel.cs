namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// The Fellegi-Sunter model identity matching scores with (the model Splink implements): a prior and, for each field,
/// levels with their m and u probabilities. u is the chance two different people agree at that level, estimated by
/// comparing random pairs of the synthetic population (<c>bench identity --estimate</c>); m is the chance one person's
/// two records agree at that level, set from the error rates agencies' records show (decision 0021).
/// </summary>
internal static class MatchModel
{
    /// <summary>
    /// The chance that an incoming identity and one person of the registry are the same person before anything is
    /// compared: one in a hundred thousand, the size of the registry the thresholds were measured on.
    /// </summary>
    public const double PriorProbability = 1e-5;

    public static readonly double PriorWeight = Math.Log2(PriorProbability / (1 - PriorProbability));

    public static class Given
    {
        public static readonly ComparisonLevel Exact = new("given", "exact", 0.84, 0.0061);
        public static readonly ComparisonLevel Form = new("given", "form of the name", 0.049, 0.0027);
        public static readonly ComparisonLevel Phonetic = new("given", "sounds alike", 0.0286, 0.00046);
        public static readonly ComparisonLevel Typing = new("given", "one typing error", 0.0256, 0.00019);
        public static readonly ComparisonLevel Middle = new("given", "a middle name", 0.0083, 0.0068);
        public static readonly ComparisonLevel Transposed = new("given", "given and family transposed", 0.016, 0.001);
        public static readonly ComparisonLevel Similar = new("given", "similar", 0.0112, 0.0056);
        public static readonly ComparisonLevel Different = new("given", "different", 0.0235, 0.978);
    }

    public static class Family
    {
        public static readonly ComparisonLevel Exact = new("family", "exact", 0.897, 0.0031);
        public static readonly ComparisonLevel Part = new("family", "one part or another spelling", 0.0363, 0.00056);
        public static readonly ComparisonLevel Phonetic = new("family", "sounds alike", 0.0149, 0.00037);
        public static readonly ComparisonLevel Typing = new("family", "one typing error", 0.0187, 0.00039);
        public static readonly ComparisonLevel Transposed = new("family", "given and family transposed", 0.016, 0.0005);
        public static readonly ComparisonLevel Similar = new("family", "similar", 0.0046, 0.0059);
        public static readonly ComparisonLevel Different = new("family", "different", 0.0148, 0.99);
    }

    public static class DateOfBirth
    {
        public static readonly ComparisonLevel Exact = new("date of birth", "exact", 0.944, 8.5e-05);
        public static readonly ComparisonLevel Swapped = new("date of birth", "day and month swapped", 0.0089, 5.5e-05);
        public static readonly ComparisonLevel OneDigit = new("date of birth", "one digit different", 0.0476, 0.00295);
        public static readonly ComparisonLevel SameMonth = new("date of birth", "same year and month", 0.003, 0.00228);
        public static readonly ComparisonLevel Different = new("date of birth", "different", 0.005, 0.995);
    }

    public static class Sex
    {
        public static readonly ComparisonLevel Agree = new("sex", "agrees", 0.99, 0.503);
        public static readonly ComparisonLevel Disagree = new("sex", "disagrees", 0.0102, 0.497);
    }

    public static class Postcode
    {
        public static readonly ComparisonLevel Full = new("postcode", "full", 0.871, 9.25e-05);
        public static readonly ComparisonLevel Sector = new("postcode", "sector", 0.0276, 0.0027);
        public static readonly ComparisonLevel District = new("postcode", "district", 0.03, 0.024);
        public static readonly ComparisonLevel Different = new("postcode", "different", 0.102, 0.997);
    }

    public static class CouncilPersonId
    {
        public static readonly ComparisonLevel Equal = new("council person id", "equal", 0.97, 0.000001);
        public static readonly ComparisonLevel Different = new("council person id", "different", 0.03, 1);
    }

    public static class PolicePersonReference
    {
        public static readonly ComparisonLevel Equal = new("police person reference", "equal", 0.95, 0.000001);
        public static readonly ComparisonLevel Different = new("police person reference", "different", 0.05, 1);
    }

    public static class UniquePupilNumber
    {
        /// <summary>Two different permanent UPNs: a school may issue a second one, but rarely.</summary>
        public static readonly ComparisonLevel Different = new("unique pupil number", "different", 0.02, 1);
    }

    /// <summary>Two different valid NHS numbers: two people, whatever the names say.</summary>
    public const double NhsNumbersDifferWeight = -60;
}
