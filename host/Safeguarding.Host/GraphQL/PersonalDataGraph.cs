using Safeguarding.Host.Platform.PersonalData;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The data protection officer's fields on the personal data held: whose records are due for disposal
/// (<c>retentionDue</c>), disposing of a person (<c>disposeOfPerson</c>) and a subject access export
/// (<c>subjectAccessExport</c>). Each resolver parses, calls and maps.
/// </summary>
internal static class PersonalDataGraph
{
    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<RetentionDueGraphType>>>("retentionDue")
            .Argument<DateOnlyGraphType>("asOf")
            .Paged()
            .Allow(Access.DataProtectionOfficer)
            .HandledBy(RetentionDueAsync);

        query.Field<NonNullGraphType<StringGraphType>>("subjectAccessExport")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("purpose")
            .Allow(Access.DataProtectionOfficer)
            .HandledBy(SubjectAccessExportAsync);

        mutation.Field<NonNullGraphType<PersonDisposedGraphType>>("disposeOfPerson")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.DataProtectionOfficer)
            .HandledBy(DisposeOfPersonAsync);
    }

    /// <summary>People whose records are due for disposal under the retention periods on a day (today if not given), the
    /// earliest due first, a page at a time, by pseudonymous id. Data protection officer only.</summary>
    /// <arg name="asOf">The UK day to review as of; today if not given.</arg>
    private static async Task<object?> RetentionDueAsync(IResolveFieldContext c)
    {
        var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
        var due = await c.Service<RetentionReview>().DueAsync(asOf, c.CancellationToken);
        return await due.AsQueryable().PageAsync(c.PageAsked(), ListOrder<RetentionDue>.Ascending(d => d.DueOn).ThenAscending(d => d.SubjectId), c.CancellationToken);
    }

    /// <summary>Everything held about a person across the registry and every module, as one JSON document (a string):
    /// `identity` from the registry, `records` (each module's rows, by kind), `auditTrail` (who read the record, when
    /// and why), with other people's ids and names withheld. `held` is false, and nothing is listed, for an id that
    /// holds nothing. Data protection officer only; audited.</summary>
    /// <arg name="purpose">Why the export is produced, e.g. the request's reference.</arg>
    private static async Task<object?> SubjectAccessExportAsync(IResolveFieldContext c) =>
        (await c.Service<SubjectAccess>().ExportAsync(new SubjectId(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The person")),
            c.GetArgument<string>("purpose"), c.User!, c.CancellationToken)).ToJsonString(SubjectAccess.Json);

    /// <summary>Disposes of a person's records in every module and the registry: rows counted in figures are kept,
    /// anonymised (the link to the person cut, identifying text blanked); the rest, and the identity, are deleted. Safe
    /// to run again. Data protection officer only; audited with the reason and the counts.</summary>
    /// <arg name="reason">Why, in words: the retention period, or the person's request.</arg>
    private static async Task<object?> DisposeOfPersonAsync(IResolveFieldContext c) =>
        await c.Service<PersonDisposal>().DisposeAsync(new SubjectId(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The person")),
            c.GetArgument<string>("reason"), c.User!, c.CancellationToken);
}
