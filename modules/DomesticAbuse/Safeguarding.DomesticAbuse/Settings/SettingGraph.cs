namespace Safeguarding.DomesticAbuse.Settings;

/// <summary>Schools and early years settings and the setting each child attends (<see cref="EducationSettings"/>).</summary>
internal static class SettingGraph
{

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationSettingGraphType>>>>("educationSettings")
            .WithComplexityImpact(1, 10).Argument<BooleanGraphType>("subscribedToEncompass", "True for subscribed settings only, false for those not subscribed; left out, both.")
            .Argument<BooleanGraphType>("includeRetired", "Also list settings that have closed or left (default false).")
            .Allow(Access.AnySignedIn).HandledBy(ListSettingsAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("recordEducationSetting").Input<EducationSettingInputType>()
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(RecordSettingAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("renameEducationSetting")
            .Argument<NonNullGraphType<IdGraphType>>("settingId", "The setting to rename, by its id.").Argument<NonNullGraphType<StringGraphType>>("name", "The setting's new name.")
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(RenameSettingAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("retireEducationSetting")
            .Argument<NonNullGraphType<IdGraphType>>("settingId", "The setting that closed or left, by its id.")
            .Argument<DateOnlyGraphType>("retiredOn", "The day it closed or left; default today.")
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(RetireSettingAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("setEncompassSubscription")
            .Argument<NonNullGraphType<IdGraphType>>("settingId", "The setting, by its id.").Argument<NonNullGraphType<BooleanGraphType>>("subscribed", "True when the setting has subscribed to Operation Encompass, false when it no longer is.")
            .Allow(Audiences.WorkingGroupAndAdministrators).HandledBy(SetSubscriptionAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("linkChildToSetting")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId").Argument<NonNullGraphType<IdGraphType>>("settingId", "The school or early years setting the child attends, by its id.")
            .Allow(Access.WorkingGroupMember).HandledBy(LinkChildAsync);
    }

    /// <summary>
    /// Schools and early years settings, by name, and whether each is subscribed to Operation Encompass. Retired
    /// settings are listed only when asked for.
    /// </summary>
    private static async Task<object?> ListSettingsAsync(IResolveFieldContext c) =>
        await Settings(c).ListAsync(c.GetArgument<bool?>("subscribedToEncompass"), c.GetArgument<bool?>("includeRetired") == true, c.CancellationToken);

    /// <summary>
    /// Adds a school or early years setting to the reference data. Its name must differ from every other setting's,
    /// whatever the letter case and spacing. Administrators and the Domestic Abuse working group.
    /// </summary>
    private static async Task<object?> RecordSettingAsync(IResolveFieldContext c) =>
        await Settings(c).RecordAsync(c.GetArgument<EducationSettingInput>("input"), c.CancellationToken);

    /// <summary>
    /// Gives a setting a new name (still unique whatever the letter case). Administrators and the Domestic Abuse
    /// working group.
    /// </summary>
    private static async Task<object?> RenameSettingAsync(IResolveFieldContext c) =>
        await Settings(c).RenameAsync(c.GetArgument<string>("settingId"), c.GetArgument<string>("name"), c.CancellationToken);

    /// <summary>
    /// Records that a setting closed or left: it is kept for the notifications it received, receives no more, and no
    /// child can be linked to it. Administrators and the Domestic Abuse working group.
    /// </summary>
    private static async Task<object?> RetireSettingAsync(IResolveFieldContext c) =>
        await Settings(c).RetireAsync(c.GetArgument<string>("settingId"), c.GetArgument<DateOnly?>("retiredOn"), c.CancellationToken);

    /// <summary>
    /// Records that a setting has (or no longer has) subscribed to Operation Encompass. Administrators and the Domestic
    /// Abuse working group.
    /// </summary>
    private static async Task<object?> SetSubscriptionAsync(IResolveFieldContext c) =>
        await Settings(c).SetSubscriptionAsync(c.GetArgument<string>("settingId"), c.GetArgument<bool>("subscribed"), c.CancellationToken);

    /// <summary>
    /// Records the setting a registered child attends (replacing any earlier one): Operation Encompass notifications
    /// for the child go there. Domestic Abuse working group.
    /// </summary>
    private static async Task<object?> LinkChildAsync(IResolveFieldContext c) =>
        await Settings(c).LinkChildAsync(c.GetArgument<string>("subjectId"), c.GetArgument<string>("settingId"), c.CancellationToken);

    private static EducationSettings Settings(IResolveFieldContext c) => c.Service<EducationSettings>();
}
