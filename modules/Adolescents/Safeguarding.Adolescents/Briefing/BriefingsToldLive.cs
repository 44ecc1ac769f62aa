using Safeguarding.Adolescents.Contracts;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>A briefing published is told to the working group's clients listening (<c>dailyIntelligenceBriefingPublished</c>).</summary>
internal sealed class BriefingsToldLive(ILiveUpdates live, TimeProvider clock) : ToldLive<DailyBriefingPublished>(live, clock);
