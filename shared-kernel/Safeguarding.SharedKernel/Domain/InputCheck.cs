using System.Globalization;

namespace Safeguarding.SharedKernel.Domain;

/// <summary>Collects every problem with an input before anything is written, then fails once with all of them.</summary>
public sealed class InputCheck
{
    private readonly List<FieldProblem> _problems = [];

    public InputCheck Require(bool condition, string field, string message)
    {
        if (!condition) _problems.Add(new FieldProblem(field, message));
        return this;
    }

    public InputCheck RequireText(string? value, string field, string label, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value)) _problems.Add(new FieldProblem(field, $"{label} is required."));
        else if (value.Length > maxLength) _problems.Add(new FieldProblem(field, $"{label} must be {maxLength} characters or fewer."));
        else if (HasUnsafeCharacters(value)) _problems.Add(UnsafeCharacters(field, label));
        return this;
    }

    public InputCheck OptionalText(string? value, string field, string label, int maxLength = 2000)
    {
        if (value is not null && value.Length > maxLength) _problems.Add(new FieldProblem(field, $"{label} must be {maxLength} characters or fewer."));
        else if (value is not null && HasUnsafeCharacters(value)) _problems.Add(UnsafeCharacters(field, label));
        return this;
    }

    /// <summary>The fewest characters a stated purpose may have: "Strategy discussion", not "why".</summary>
    public const int MinPurposeLength = 5;

    /// <summary>The longest purpose recorded in the audit log.</summary>
    public const int MaxPurposeLength = 1000;

    /// <summary>
    /// The partnership's one rule for a stated purpose, which every read that is audited with one asks for: at least
    /// <see cref="MinPurposeLength"/> characters of plain text and at most <see cref="MaxPurposeLength"/>, because it goes
    /// into the audit log as typed. <paramref name="asking"/> says what the purpose answers: "you need to see who the child is".
    /// </summary>
    public InputCheck RequirePurpose(string? purpose, string asking, string field = "purpose")
    {
        if (string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length < MinPurposeLength)
            _problems.Add(new FieldProblem(field, $"State why {asking} (at least {MinPurposeLength} characters)."));
        else OptionalText(purpose, field, "The purpose", MaxPurposeLength);
        return this;
    }

    /// <summary>
    /// True when text holds characters no practitioner types and that only cause harm downstream: control characters
    /// other than tab and line breaks (NUL truncates in some readers, escape codes rewrite terminals and log lines),
    /// text-direction overrides (which make a record read differently from what is stored) and broken surrogate pairs.
    /// </summary>
    public static bool HasUnsafeCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsControl(c)) return true;
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') return true;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                return true;
            }
            if (char.IsLowSurrogate(c)) return true;
        }
        return false;
    }

    private static FieldProblem UnsafeCharacters(string field, string label) =>
        new(field, $"{label} contains characters that cannot be stored, such as control or text-direction characters. Retype it as plain text.");

    /// <summary>
    /// A period of days from <paramref name="from"/> to <paramref name="to"/>, both included: it may not end before it
    /// starts, nor span more than <paramref name="maxDays"/> days (<paramref name="longest"/> says so in words).
    /// </summary>
    public InputCheck RequirePeriod(DateOnly from, DateOnly to, int maxDays, string longest)
    {
        if (to < from) _problems.Add(new FieldProblem("to", "The period must end on or after it starts."));
        else if (to.DayNumber - from.DayNumber > maxDays) _problems.Add(new FieldProblem("to", $"The period can be at most {longest}."));
        return this;
    }

    /// <summary>
    /// No text the partnership records is longer than this; each rule has its own, lower limit. The host refuses any
    /// longer text argument before a resolver runs, so a megabyte of text is never looked up, stored or repeated back.
    /// </summary>
    public const int TextCeiling = 10_000;

    /// <summary>Text no longer than <see cref="TextCeiling"/>.</summary>
    public InputCheck RequireUnderCeiling(string? value, string field)
    {
        if (value is { Length: > TextCeiling })
            _problems.Add(new FieldProblem(field, string.Create(CultureInfo.InvariantCulture, $"This text is {value.Length:N0} characters long; the partnership records no text longer than {TextCeiling:N0} characters.")));
        return this;
    }

    /// <summary>A date must be one the partnership records (<see cref="RecordableDates"/>).</summary>
    public InputCheck RequireRecordable(DateOnly date, string field)
    {
        if (!RecordableDates.Contains(date)) _problems.Add(new FieldProblem(field, RecordableDates.OutsideMessage(date)));
        return this;
    }

    /// <summary>A moment must fall on a date the partnership records (<see cref="RecordableDates"/>), in UTC.</summary>
    public InputCheck RequireRecordable(DateTimeOffset instant, string field)
    {
        if (!RecordableDates.Contains(instant)) _problems.Add(new FieldProblem(field, RecordableDates.OutsideMessage(DateOnly.FromDateTime(instant.UtcDateTime))));
        return this;
    }

    /// <summary>Parses an id given as text; records a problem instead of throwing so all problems are reported together.</summary>
    public Guid ParseId(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) { Require(false, field, $"{label} is required."); return Guid.Empty; }
        if (!Guid.TryParse(value, out var id) || id == Guid.Empty) { Require(false, field, $"{label} \"{Shorten(value)}\" is not a valid id."); return Guid.Empty; }
        return id;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    public bool HasProblems => _problems.Count > 0;

    /// <summary>Whether a problem was already found with <paramref name="field"/> (so a further check of it would only repeat it).</summary>
    public bool HasProblemWith(string field) => _problems.Any(p => p.Field == field);

    /// <summary>The problems found so far, for a caller that reports them item by item rather than failing.</summary>
    public IReadOnlyList<FieldProblem> Problems => _problems;

    /// <summary>Parses an id that is the only input to check, failing at once with VALIDATION when it is not one.</summary>
    public static Guid Id(string? value, string field, string label)
    {
        var check = new InputCheck();
        var id = check.ParseId(value, field, label);
        check.ThrowIfInvalid();
        return id;
    }

    /// <summary>Throws a VALIDATION error naming every problem, if there are any.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count == 0) return;
        var message = _problems.Count == 1 ? _problems[0].Message : "Some details need correcting: " + string.Join(" ", _problems.Select(p => p.Message));
        throw new DomainException(ErrorCodes.Validation, message, _problems.ToList());
    }
}
