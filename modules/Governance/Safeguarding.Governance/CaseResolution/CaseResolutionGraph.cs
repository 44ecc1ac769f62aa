namespace Safeguarding.Governance.CaseResolution;

/// <summary>The case resolution protocol in the API: each field reads its arguments and calls <see cref="ProfessionalDisagreements"/>.</summary>
internal static class CaseResolutionGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalDisagreementGraphType>>>>("professionalDisagreements")
            .Description("Professional disagreements under the case resolution protocol, newest first.")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(ListDisagreementsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfessionalDisagreementGraphType>>>>("overdueEscalationStages")
            .Description("Unresolved disagreements whose current stage passed its time limit. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Audiences.WorkingGroupAndOversight).ResolveAsync(OverdueEscalationStagesAsync);

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("raiseProfessionalDisagreement")
            .Description("Records a disagreement one agency raises with another; it starts at the PRACTITIONER stage.")
            .Argument<NonNullGraphType<RaiseDisagreementInputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(RaiseAsync);

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("escalateProfessionalDisagreement")
            .Description("Moves an unresolved disagreement to the next stage (PRACTITIONER, MANAGER, SENIOR_MANAGER, PARTNERSHIP).")
            .Argument<NonNullGraphType<MoveDisagreementInputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(EscalateAsync);

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("resolveProfessionalDisagreement")
            .Description("Resolves a disagreement at its current stage; the note records the resolution.")
            .Argument<NonNullGraphType<MoveDisagreementInputType>>("input")
            .Allow(Access.WorkingGroupMember).ResolveAsync(ResolveAsync);
    }

    private static async Task<object?> ListDisagreementsAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().ListAsync(c.CancellationToken);

    private static async Task<object?> OverdueEscalationStagesAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().OverdueStagesAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);

    private static async Task<object?> RaiseAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().RaiseAsync(c.GetArgument<RaiseDisagreementInput>("input"), c.CancellationToken);

    private static async Task<object?> EscalateAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().EscalateAsync(c.GetArgument<MoveDisagreementInput>("input"), c.CancellationToken);

    private static async Task<object?> ResolveAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().ResolveAsync(c.GetArgument<MoveDisagreementInput>("input"), c.CancellationToken);
}
