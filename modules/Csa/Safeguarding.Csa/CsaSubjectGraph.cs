namespace Safeguarding.Csa;

/// <summary>The CSA part of the subject view of a child.</summary>
internal static class CsaSubjectGraph
{
    public static void Contribute(GraphQLSlice slice) =>
        slice.Subject.Field<NonNullGraphType<CsaSubjectViewGraphType>>("csa")
            .Description("The child's CSA record: chronology and flags, harmful sexual behaviour, support referrals, sexual abuse plans. CSA working group; every read is audited.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(ChildRecordAsync);

    private static async Task<object?> ChildRecordAsync(IResolveFieldContext<SubjectId> c) =>
        await c.Service<ChildRecords>().ReadAsync(c.Source.Value, c.User!.Actor(), c.CancellationToken);
}
