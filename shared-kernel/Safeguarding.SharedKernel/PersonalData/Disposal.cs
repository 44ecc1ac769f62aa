namespace Safeguarding.SharedKernel.PersonalData;

/// <summary>What disposing of a person does to a row of theirs.</summary>
public enum Disposal
{
    /// <summary>The row is deleted (with the rows that belong to it).</summary>
    Delete,
    /// <summary>
    /// The row stays, so that the figures it is counted in stay true, but its link to the person is cut (the person's
    /// id is replaced by a new id that names nobody) and its free text, which could identify them, is blanked.
    /// </summary>
    Anonymise,
}
