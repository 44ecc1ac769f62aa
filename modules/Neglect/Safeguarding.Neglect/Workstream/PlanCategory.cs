namespace Safeguarding.Neglect.Workstream;

public enum PlanCategory { Neglect, Physical, Sexual, Emotional, Multiple }
