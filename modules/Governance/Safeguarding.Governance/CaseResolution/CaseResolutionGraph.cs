namespace Safeguarding.Governance.CaseResolution;

/// <summary>The case resolution protocol in the API: each field reads its arguments and calls <see cref="ProfessionalDisagreements"/>.</summary>
internal static class CaseResolutionGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<ProfessionalDisagreementGraphType>>>("professionalDisagreements").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListDisagreementsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<ProfessionalDisagreementGraphType>>>("overdueEscalationStages")
            .Argument<DateOnlyGraphType>("asOf", "The UK day overdue is judged at; left out, today.").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(OverdueEscalationStagesAsync);

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("raiseProfessionalDisagreement").Input<RaiseDisagreementInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RaiseAsync);

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("escalateProfessionalDisagreement")
            .Input<MoveDisagreementInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(EscalateAsync);

        slice.Mutation.Field<NonNullGraphType<ProfessionalDisagreementGraphType>>("resolveProfessionalDisagreement")
            .Input<MoveDisagreementInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(ResolveAsync);
    }

    /// <summary>Professional disagreements under the case resolution protocol, newest raised first, a page at a time.</summary>
    private static async Task<object?> ListDisagreementsAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().ListAsync(c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Unresolved disagreements whose current stage passed its time limit, longest overdue first, a page at a time.
    /// asOf defaults to today (UK).
    /// </summary>
    private static async Task<object?> OverdueEscalationStagesAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().OverdueStagesAsync(c.GetArgument<DateOnly?>("asOf"), c.PageAsked(), c.CancellationToken);

    /// <summary>Records a disagreement one agency raises with another; it starts at the PRACTITIONER stage.</summary>
    private static async Task<object?> RaiseAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().RaiseAsync(c.GetArgument<RaiseDisagreementInput>("input"), c.CancellationToken);

    /// <summary>
    /// Moves an unresolved disagreement to the next stage (PRACTITIONER, MANAGER, SENIOR_MANAGER, PARTNERSHIP).
    /// </summary>
    private static async Task<object?> EscalateAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().EscalateAsync(c.GetArgument<MoveDisagreementInput>("input"), c.CancellationToken);

    /// <summary>Resolves a disagreement at its current stage; the note records the resolution.</summary>
    private static async Task<object?> ResolveAsync(IResolveFieldContext c) =>
        await c.Service<ProfessionalDisagreements>().ResolveAsync(c.GetArgument<MoveDisagreementInput>("input"), c.CancellationToken);
}
