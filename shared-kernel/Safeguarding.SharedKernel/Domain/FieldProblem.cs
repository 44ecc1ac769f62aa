namespace Safeguarding.SharedKernel.Domain;

/// <summary>One input at fault and what is wrong with it, in words a practitioner understands.</summary>
public sealed record FieldProblem(string Field, string Message);
