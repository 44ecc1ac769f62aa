namespace Safeguarding.DomesticAbuse.Encompass;

public enum EncompassStatus { Outstanding, Overdue, AcknowledgedOnTime, AcknowledgedLate }
