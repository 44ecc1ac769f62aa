namespace Safeguarding.Csa.Indicators;

public sealed class CsaChronologyGraphType : RecordGraphType<Chronology>
{
    public CsaChronologyGraphType() : base("CsaChronology",
        "A child's signs and indicators in the order observed, so the picture can be seen building across agencies.")
    {
        Rows(x => x.Indicators, 10);
        Rows(x => x.Flags, 3);
    }
}
