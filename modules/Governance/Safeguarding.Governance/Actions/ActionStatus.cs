namespace Safeguarding.Governance.Actions;

public enum ActionStatus { Open, InProgress, Completed }
