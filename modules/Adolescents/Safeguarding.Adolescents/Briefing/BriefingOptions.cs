namespace Safeguarding.Adolescents.Briefing;

/// <summary>
/// The weights and windows of the Daily Intelligence Briefing's priority rule, bound from configuration section
/// <c>Adolescents:Briefing</c>. The defaults and a worked example are in docs/modules/adolescents.md.
/// </summary>
public sealed class BriefingOptions
{
    public const string Section = "Adolescents:Briefing";

    /// <summary>Missing at the end of the briefing's day (went missing and not returned).</summary>
    public int MissingNowWeight { get; set; } = 50;
    /// <summary>Went missing in the last <see cref="NewMissingWindowHours"/> hours.</summary>
    public int NewMissingEpisodeWeight { get; set; } = 40;
    public int NewMissingWindowHours { get; set; } = 24;
    /// <summary>In custody at the end of the day, or detained during the last <see cref="NewMissingWindowHours"/> hours.</summary>
    public int InCustodyWeight { get; set; } = 30;
    /// <summary>More exploitation indicators reported in the last <see cref="RisingWindowDays"/> days than in the same period before.</summary>
    public int ExploitationRisingWeight { get; set; } = 25;
    public int RisingWindowDays { get; set; } = 30;
    /// <summary>Missing at least <see cref="RepeatMissingThreshold"/> times in <see cref="RepeatMissingWindowDays"/> days.</summary>
    public int RepeatMissingWeight { get; set; } = 20;
    public int RepeatMissingThreshold { get; set; } = 3;
    public int RepeatMissingWindowDays { get; set; } = 90;
    /// <summary>Added for each episode beyond the threshold.</summary>
    public int RepeatMissingPerExtraEpisode { get; set; } = 5;
    /// <summary>Returned within the repeat window and no return home interview offered within 72 hours.</summary>
    public int InterviewOverdueWeight { get; set; } = 15;
    /// <summary>A young person appears on the briefing with at least this score.</summary>
    public int MinimumScore { get; set; } = 1;
    /// <summary>At most this many young people are listed.</summary>
    public int MaxEntries { get; set; } = 100;

    public IEnumerable<string> Problems()
    {
        if (new[] { MissingNowWeight, NewMissingEpisodeWeight, InCustodyWeight, ExploitationRisingWeight, RepeatMissingWeight,
                RepeatMissingPerExtraEpisode, InterviewOverdueWeight }.Any(w => w < 0))
            yield return "Weights cannot be negative.";
        if (NewMissingWindowHours < 1) yield return "NewMissingWindowHours must be at least 1.";
        if (RisingWindowDays < 1) yield return "RisingWindowDays must be at least 1.";
        if (RepeatMissingWindowDays < 1) yield return "RepeatMissingWindowDays must be at least 1.";
        if (RepeatMissingThreshold < 2) yield return "RepeatMissingThreshold must be at least 2.";
        if (MinimumScore < 1) yield return "MinimumScore must be at least 1.";
        if (MaxEntries < 1) yield return "MaxEntries must be at least 1.";
    }
}
