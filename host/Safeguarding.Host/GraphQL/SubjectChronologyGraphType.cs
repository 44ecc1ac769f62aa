namespace Safeguarding.Host.GraphQL;

public sealed class SubjectChronologyGraphType : RecordGraphType<SubjectChronology>
{
    public SubjectChronologyGraphType() : base("SubjectChronology",
        "A child's one chronology across the modules, oldest first: every module's entries you are entitled to, and the modules withheld.")
    {
        ShownAs<ChronologyLineGraphType>(x => x.Entries, rows: 100);
        ShownAs<WithheldChronologyGraphType>(x => x.Withheld, rows: 7);
    }
}
