namespace Safeguarding.Csa.Hsb;

/// <summary>The traffic-light grade of a child's sexual behaviour: GREEN (expected for the child's development), AMBER (a concern), RED (harmful).</summary>
public enum HsbGrade { Green, Amber, Red }
