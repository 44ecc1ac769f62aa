namespace Safeguarding.Adolescents.Briefing;

public sealed class BriefingFiguresGraphType() : RecordGraphType<BriefingFigures>("DailyIntelligenceBriefingFigures",
    "A published briefing in counts only: no young person is identified.");
