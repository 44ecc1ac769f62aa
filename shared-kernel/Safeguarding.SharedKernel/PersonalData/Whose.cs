namespace Safeguarding.SharedKernel.PersonalData;

/// <summary>Whose record a table holds: a child's (a subject of the partnership's safeguarding work) or an adult's.</summary>
public enum Whose
{
    Child,
    Adult,
}
