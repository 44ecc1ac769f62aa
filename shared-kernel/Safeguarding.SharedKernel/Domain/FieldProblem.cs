namespace Safeguarding.SharedKernel.Domain;

/// <summary>One input at fault and what is wrong with it, in words a practitioner understands.</summary>
/// <param name="Field">The input at fault, as the request named it, e.g. "children[1].dateOfBirth".</param>
/// <param name="Message">What is wrong with it, in words a practitioner understands.</param>
public sealed record FieldProblem(string Field, string Message);
