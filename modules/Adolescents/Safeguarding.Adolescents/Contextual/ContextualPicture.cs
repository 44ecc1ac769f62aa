namespace Safeguarding.Adolescents.Contextual;

/// <summary>The adults and locations linked to two or more young people in the window from <c>From</c> to <c>To</c> (UK dates).</summary>
/// <param name="Adults">Adults of concern linked to two or more young people in the window.</param>
/// <param name="From">The window's first day.</param>
/// <param name="Locations">Locations linked to two or more young people in the window.</param>
/// <param name="To">The window's last day.</param>
public sealed record ContextualPicture(DateOnly From, DateOnly To, IReadOnlyList<LinkedAdult> Adults, IReadOnlyList<LinkedLocation> Locations);
