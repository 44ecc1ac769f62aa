namespace Safeguarding.Host.GraphQL;

public sealed class WithheldChronologyGraphType() : RecordGraphType<WithheldChronology>("WithheldChronology",
    "A module whose entries about the child you are not shown (its working group's, or it is switched off), and why.");
