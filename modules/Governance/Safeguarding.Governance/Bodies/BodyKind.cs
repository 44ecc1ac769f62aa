namespace Safeguarding.Governance.Bodies;

public enum BodyKind { Board, Group, WorkingGroup }
