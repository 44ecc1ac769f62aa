namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// One outcome of comparing a field (given names exactly equal, date of birth with day and month swapped): how often it
/// happens when two records are the same person (m) and when they are two different people (u). Its Fellegi-Sunter
/// match weight is log2(m/u) bits: positive evidence for a match, negative against.
/// </summary>
internal sealed record ComparisonLevel(string Field, string Name, double M, double U)
{
    public double Weight { get; } = Math.Log2(M / U);
}
