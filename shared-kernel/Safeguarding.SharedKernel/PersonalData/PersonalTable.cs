using System.Linq.Expressions;

namespace Safeguarding.SharedKernel.PersonalData;

/// <summary>
/// A declaration that a table holds data about a person: which entity, which column keys the person, whose record it
/// is, the kind of record in words, and what disposal does to it. A module lists its tables in
/// <see cref="Modules.PartnershipModule.PersonalData"/>; the platform exports, reviews and disposes of every declared table
/// from the declaration alone, so a new module writes nothing else. An architecture test fails for a table keyed by a
/// subject id that is not declared.
/// </summary>
public record PersonalTable(Type Entity, string PersonKey, Whose Whose, string Kind)
{
    /// <summary>The retention rule the rows follow; by default the one for whose record it is.</summary>
    public RetentionKind Retention { get; init; } = Whose == Whose.Child ? RetentionKind.ChildSafeguardingRecord : RetentionKind.AdultRecord;

    /// <summary>What disposal does to the person's rows; by default, deletes them.</summary>
    public Disposal Disposal { get; init; } = Disposal.Delete;

    /// <summary>
    /// Columns blanked when a row is anonymised: free text that could identify the person (emptied, or null where the
    /// column allows it) and other identifying values that may be null (set to null).
    /// </summary>
    public IReadOnlyList<string> FreeText { get; init; } = [];

    /// <summary>
    /// Text columns that identify the person and must stay unique (a police person reference): when a row is anonymised
    /// each is replaced by the new id that names nobody.
    /// </summary>
    public IReadOnlyList<string> Pseudonymised { get; init; } = [];

    /// <summary>Columns naming or keying other people (a relative, an adult in the same incident): redacted in a subject access export.</summary>
    public IReadOnlyList<string> OtherPeople { get; init; } = [];

    /// <summary>
    /// Columns of the rows that belong to a row (reached through a navigation such as an assessment's grades) blanked when
    /// the row is anonymised, as "Navigation.Column". Rows that belong to a deleted row are deleted with it.
    /// </summary>
    public IReadOnlyList<string> DependentFreeText { get; init; } = [];

    /// <summary>Columns left out of a subject access export: ciphertext and keyed hashes, which the export shows decrypted or not at all.</summary>
    public IReadOnlyList<string> Withheld { get; init; } = [];

    /// <summary>The column dating the row's activity (when it happened or was recorded), for the retention review; none when the row has no date.</summary>
    public string? DatedBy { get; init; }

    /// <summary>The table of <typeparamref name="T"/>, its person keyed by <paramref name="person"/>.</summary>
    public static PersonalTable<T> Of<T>(Expression<Func<T, Guid>> person, Whose whose, string kind) => new(ColumnOf(person), whose, kind);

    /// <inheritdoc cref="Of{T}(Expression{Func{T, Guid}}, Whose, string)"/>
    public static PersonalTable<T> Of<T>(Expression<Func<T, Guid?>> person, Whose whose, string kind) => new(ColumnOf(person), whose, kind);

    internal static string ColumnOf(LambdaExpression column) =>
        (column.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : column.Body) is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new ArgumentException($"Name a property of the entity, as in x => x.SubjectId, not {column}.", nameof(column));
}

/// <summary>A declaration of <typeparamref name="T"/>'s table, written with its properties (see <see cref="PersonalTable"/>).</summary>
public sealed record PersonalTable<T> : PersonalTable
{
    internal PersonalTable(string key, Whose whose, string kind) : base(typeof(T), key, whose, kind) { }

    /// <summary>Disposal keeps the rows, counted, with the link to the person cut and these columns blanked.</summary>
    public PersonalTable<T> Anonymised(params Expression<Func<T, object?>>[] freeText) =>
        this with { Disposal = Disposal.Anonymise, FreeText = [.. freeText.Select(ColumnOf)] };

    /// <summary>When a row is anonymised, these columns of the rows belonging to it through <paramref name="navigation"/> are blanked too.</summary>
    public PersonalTable<T> AnonymisedWithin<TDependent>(Expression<Func<T, IEnumerable<TDependent>>> navigation, params Expression<Func<TDependent, object?>>[] freeText) =>
        this with { DependentFreeText = [.. DependentFreeText, .. freeText.Select(c => $"{ColumnOf(navigation)}.{ColumnOf(c)}")] };

    /// <summary>When a row is anonymised, these unique identifying columns take the new id that names nobody.</summary>
    public PersonalTable<T> Pseudonymising(params Expression<Func<T, string?>>[] columns) => this with { Pseudonymised = [.. columns.Select(ColumnOf)] };

    /// <summary>The columns that name or key other people, redacted in a subject access export.</summary>
    public PersonalTable<T> NamingOthers(params Expression<Func<T, object?>>[] columns) => this with { OtherPeople = [.. columns.Select(ColumnOf)] };

    /// <summary>Columns a subject access export leaves out (ciphertext, keyed hashes).</summary>
    public PersonalTable<T> Withholding(params Expression<Func<T, object?>>[] columns) => this with { Withheld = [.. columns.Select(ColumnOf)] };

    /// <summary>The column that dates the row's activity, for the retention review.</summary>
    public PersonalTable<T> Dated<TDate>(Expression<Func<T, TDate>> column) => this with { DatedBy = ColumnOf(column) };

    /// <summary>The rows follow <paramref name="retention"/> whoever's record they are.</summary>
    public PersonalTable<T> RetainedAs(RetentionKind retention) => this with { Retention = retention };
}
