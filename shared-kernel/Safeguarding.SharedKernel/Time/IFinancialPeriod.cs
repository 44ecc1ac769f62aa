namespace Safeguarding.SharedKernel.Time;

/// <summary>A period of the financial year (<see cref="FinancialYear"/>, <see cref="FinancialQuarter"/>): read from any of the
/// partnership's spellings, written as one label.</summary>
public interface IFinancialPeriod<TSelf> where TSelf : struct, IFinancialPeriod<TSelf>
{
    /// <summary>The period as it is always written ("2024/25", "2024/25 Q1").</summary>
    string Label { get; }

    /// <summary>Reads the period however the partnership's documents write it.</summary>
    static abstract bool TryParseAnySpelling(string? text, out TSelf period);
}
