using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Settings;

public sealed class EducationSettingInput
{
    public string? Name { get; set; }
    public SettingPhase Phase { get; set; }
    public bool SubscribedToEncompass { get; set; }
    public string? KeyAdult { get; set; }
}

public sealed class EducationSettingInputType : InputObjectGraphType<EducationSettingInput>
{
    public EducationSettingInputType()
    {
        Name = "EducationSettingInput";
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<SettingPhase>>>("phase");
        Field(x => x.SubscribedToEncompass).Description("Whether the setting receives Operation Encompass notifications.");
        Field(x => x.KeyAdult).Description("The key adult's post or name, e.g. \"Designated safeguarding lead\".");
    }
}

public sealed class EducationSettingGraphType : ObjectGraphType<EducationSetting>
{
    public EducationSettingGraphType()
    {
        Name = "EducationSetting";
        Description = "A school or early years setting (reference data).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<SettingPhase>>>("phase").Resolve(c => c.Source.Phase);
        Field(x => x.SubscribedToEncompass);
        Field(x => x.KeyAdult);
        Field(x => x.RetiredOn, nullable: true).Description("The day the setting closed or left; null while it is open.");
    }
}

internal static class SettingGraph
{
    private const Access Keepers = Access.Administrator | Access.WorkingGroupMember;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationSettingGraphType>>>>("educationSettings").WithComplexityImpact(1, 10)
            .Description("Schools and early years settings, by name, and whether each is subscribed to Operation Encompass. Retired settings are listed only when asked for.")
            .Argument<BooleanGraphType>("subscribedToEncompass")
            .Argument<BooleanGraphType>("includeRetired", "Also list settings that have closed or left (default false).")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(ListSettingsAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("recordEducationSetting")
            .Description("Adds a school or early years setting to the reference data. Its name must differ from every other setting's, whatever the letter case and spacing. Administrators and the Domestic Abuse working group.")
            .Argument<NonNullGraphType<EducationSettingInputType>>("input")
            .Allow(Keepers)
            .ResolveAsync(RecordSettingAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("renameEducationSetting")
            .Description("Gives a setting a new name (still unique whatever the letter case). Administrators and the Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("settingId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Allow(Keepers)
            .ResolveAsync(RenameSettingAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("retireEducationSetting")
            .Description("Records that a setting closed or left: it is kept for the notifications it received, receives no more, and no child can be linked to it. Administrators and the Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("settingId")
            .Argument<DateOnlyGraphType>("retiredOn", "The day it closed or left; default today.")
            .Allow(Keepers)
            .ResolveAsync(RetireSettingAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("setEncompassSubscription")
            .Description("Records that a setting has (or no longer has) subscribed to Operation Encompass. Administrators and the Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("settingId")
            .Argument<NonNullGraphType<BooleanGraphType>>("subscribed")
            .Allow(Keepers)
            .ResolveAsync(SetSubscriptionAsync);

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("linkChildToSetting")
            .Description("Records the setting a registered child attends (replacing any earlier one): Operation Encompass notifications for the child go there. Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<IdGraphType>>("settingId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(LinkChildAsync);
    }

    private static async Task<object?> ListSettingsAsync(IResolveFieldContext c)
    {
        var query = c.Service<DomesticAbuseDbContext>().Settings.AsNoTracking();
        if (c.GetArgument<bool?>("subscribedToEncompass") is { } subscribed) query = query.Where(s => s.SubscribedToEncompass == subscribed);
        if (c.GetArgument<bool?>("includeRetired") != true) query = query.Where(s => s.RetiredOn == null);
        return await query.OrderBy(s => s.Name).ToListAsync(c.CancellationToken);
    }

    private static async Task<object?> RecordSettingAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<EducationSettingInput>("input");
        var db = c.Service<DomesticAbuseDbContext>();
        var setting = EducationSetting.Register(Guid.NewGuid(), input.Name, input.Phase, input.SubscribedToEncompass, input.KeyAdult);
        await RequireNameFreeAsync(db, setting, c.CancellationToken);
        db.Settings.Add(setting);
        await db.SaveChangesAsync(c.CancellationToken);
        return setting;
    }

    private static async Task<object?> RenameSettingAsync(IResolveFieldContext c)
    {
        var (db, setting) = await TrackedAsync(c);
        setting.Rename(c.GetArgument<string>("name"));
        await RequireNameFreeAsync(db, setting, c.CancellationToken);
        await db.SaveChangesAsync(c.CancellationToken);
        return setting;
    }

    private static async Task<object?> RetireSettingAsync(IResolveFieldContext c)
    {
        var today = c.Service<TimeProvider>().Today();
        var (db, setting) = await TrackedAsync(c);
        setting.Retire(c.GetArgument<DateOnly?>("retiredOn") ?? today, today);
        await db.SaveChangesAsync(c.CancellationToken);
        return setting;
    }

    private static async Task<object?> SetSubscriptionAsync(IResolveFieldContext c)
    {
        var (db, setting) = await TrackedAsync(c);
        setting.SetSubscription(c.GetArgument<bool>("subscribed"));
        await db.SaveChangesAsync(c.CancellationToken);
        return setting;
    }

    private static async Task<object?> LinkChildAsync(IResolveFieldContext c)
    {
        var check = new InputCheck();
        var subjectId = check.ParseId(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");
        var settingId = check.ParseId(c.GetArgument<string>("settingId"), "settingId", "The setting");
        check.ThrowIfInvalid();
        var db = c.Service<DomesticAbuseDbContext>();
        var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == settingId, c.CancellationToken) ?? throw DomainException.NotFound("education setting", settingId);
        setting.RequireCurrent("settingId");
        var registry = c.Service<ISubjectRegistry>();
        if (!await registry.ExistsAsync(new SubjectId(subjectId), c.CancellationToken)) throw DomainException.NotFound("registered child", subjectId);
        var link = await db.ChildSettings.FirstOrDefaultAsync(l => l.SubjectId == subjectId, c.CancellationToken);
        if (link is null) db.ChildSettings.Add(link = new ChildSetting { SubjectId = subjectId });
        link.SettingId = settingId;
        link.LinkedAt = c.Service<TimeProvider>().GetUtcNow();
        await db.SaveChangesAsync(c.CancellationToken);
        await registry.EnrolAsync(new SubjectId(subjectId), DomesticAbuseModule.ModuleName, c.CancellationToken);
        return setting;
    }

    private static async Task<(DomesticAbuseDbContext Db, EducationSetting Setting)> TrackedAsync(IResolveFieldContext c)
    {
        var id = InputCheck.Id(c.GetArgument<string>("settingId"), "settingId", "The setting");
        var db = c.Service<DomesticAbuseDbContext>();
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == id, c.CancellationToken) ?? throw DomainException.NotFound("education setting", id);
        return (db, setting);
    }

    /// <summary>The friendly answer for the usual case; the unique index on the name's key holds it against a race.</summary>
    private static async Task RequireNameFreeAsync(DomesticAbuseDbContext db, EducationSetting setting, CancellationToken ct)
    {
        var taken = await db.Settings.AsNoTracking().Where(s => s.NameKey == setting.NameKey && s.Id != setting.Id).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (taken is not null) throw DomainException.Conflict(EducationSetting.NameTaken(taken));
    }
}
