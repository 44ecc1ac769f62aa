namespace Safeguarding.Governance.Bodies;

public sealed class DecisionGraphType() : RecordGraphType<Decision>("Decision", null, x => x.MeetingId);
