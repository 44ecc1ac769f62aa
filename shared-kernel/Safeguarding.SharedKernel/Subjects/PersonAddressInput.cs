using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Subjects;

public sealed class PersonAddressInput
{
    /// <summary>The first line of the address (house and street), if known.</summary>
    public string? Line { get; set; }

    /// <summary>The UK postcode.</summary>
    public string? Postcode { get; set; }

    /// <summary>When the person started living there, if known.</summary>
    public DateOnly? From { get; set; }

    /// <summary>When they stopped, if they have.</summary>
    public DateOnly? To { get; set; }

    public void Check(InputCheck check, string field) =>
        check.OptionalText(Line, $"{field}.line", "The address line", 200)
            .RequireText(Postcode, $"{field}.postcode", "The postcode", 10)
            .Require(From is null || To is null || From <= To, $"{field}.to", "A person stops living at an address on or after they start.");

    public PersonAddress ToAddress() =>
        new(string.IsNullOrWhiteSpace(Line) ? null : Line.Trim(), Postcode!.Trim().ToUpperInvariant(), From, To);
}
