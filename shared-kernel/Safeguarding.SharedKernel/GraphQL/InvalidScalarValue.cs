namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A value a scalar of the partnership's (a financial year, a quarter) refuses, with the words a practitioner reads. The
/// executor reports a refused value as INVALID_VALUE in its own words ("unable to convert"); the host puts these in
/// their place.
/// </summary>
public sealed class InvalidScalarValue(string message) : FormatException(message);
