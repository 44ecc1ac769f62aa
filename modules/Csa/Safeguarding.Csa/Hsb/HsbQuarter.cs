namespace Safeguarding.Csa.Hsb;

public sealed record HsbQuarter(DateOnly QuarterEnd, int Green, int Amber, int Red);
