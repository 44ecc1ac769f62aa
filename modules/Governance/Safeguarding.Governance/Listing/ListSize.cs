namespace Safeguarding.Governance.Listing;

/// <summary>
/// How many records a list shows: <paramref name="WhenNotGiven"/> unless the request's <c>last</c> asks for another
/// number, and never more than <paramref name="Most"/>. The two numbers travel together, from the service that reads the
/// list to the field that offers it and describes them.
/// </summary>
public sealed record ListSize(int WhenNotGiven, int Most);
