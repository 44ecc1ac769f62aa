namespace Safeguarding.Csa;

/// <summary>The CSA part of the subject view of a child.</summary>
internal static class CsaSubjectGraph
{
    public static void Contribute(GraphQLSlice slice) =>
        slice.Subject.Field<NonNullGraphType<CsaSubjectViewGraphType>>("csa").Allow(Access.WorkingGroupMember).HandledBy(ChildRecordAsync);

    /// <summary>
    /// The child's CSA record: chronology and flags, harmful sexual behaviour, support referrals, sexual abuse plans.
    /// CSA working group; every read is audited.
    /// </summary>
    private static async Task<object?> ChildRecordAsync(IResolveFieldContext<SubjectId> c) =>
        await c.Service<ChildRecords>().ReadAsync(c.Source.Value, c.User!.Actor(), c.CancellationToken);
}
