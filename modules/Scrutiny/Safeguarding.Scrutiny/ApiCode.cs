namespace Safeguarding.Scrutiny;

/// <summary>How the API and the events write an enum value: RelevantAgencies as RELEVANT_AGENCIES.</summary>
internal static class ApiCode
{
    public static string Of<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}
