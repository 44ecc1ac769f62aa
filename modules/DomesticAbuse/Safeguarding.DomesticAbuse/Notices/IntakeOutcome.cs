namespace Safeguarding.DomesticAbuse.Notices;

public enum IntakeOutcome { Stored, Duplicate, Rejected }
