namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>A <see cref="Disclosed{T}"/> of any number type, as the API reads it: the value shown (null when withheld) and whether it was withheld.</summary>
public interface IDisclosed
{
    object? Shown { get; }
    bool Suppressed { get; }
}
