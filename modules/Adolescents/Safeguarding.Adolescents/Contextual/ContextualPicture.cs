namespace Safeguarding.Adolescents.Contextual;

/// <summary>The adults and locations linked to two or more young people in the window from <c>From</c> to <c>To</c> (UK dates).</summary>
public sealed record ContextualPicture(DateOnly From, DateOnly To, IReadOnlyList<LinkedAdult> Adults, IReadOnlyList<LinkedLocation> Locations);
