using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;

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
    }
}

internal static class SettingGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EducationSettingGraphType>>>>("educationSettings").WithComplexityImpact(1, 10)
            .Description("Schools and early years settings, by name, and whether each is subscribed to Operation Encompass.")
            .Argument<BooleanGraphType>("subscribedToEncompass")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c =>
            {
                var query = c.Service<DomesticAbuseDbContext>().Settings.AsNoTracking();
                if (c.GetArgument<bool?>("subscribedToEncompass") is { } subscribed) query = query.Where(s => s.SubscribedToEncompass == subscribed);
                return await query.OrderBy(s => s.Name).ToListAsync(c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("recordEducationSetting")
            .Description("Adds a school or early years setting to the reference data. Administrators and the Domestic Abuse working group.")
            .Argument<NonNullGraphType<EducationSettingInputType>>("input")
            .Allow(Access.Administrator | Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<EducationSettingInput>("input");
                new InputCheck().RequireText(input.Name, "name", "The setting's name", 200).RequireText(input.KeyAdult, "keyAdult", "The key adult", 200).ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                var name = input.Name!.Trim();
                if (await db.Settings.AnyAsync(s => s.Name == name, c.CancellationToken)) throw PartnershipError.Conflict($"There is already a setting called {name}.");
                var setting = new EducationSetting { Id = Guid.NewGuid(), Name = name, Phase = input.Phase, SubscribedToEncompass = input.SubscribedToEncompass, KeyAdult = input.KeyAdult!.Trim() };
                db.Settings.Add(setting);
                await db.SaveChangesAsync(c.CancellationToken);
                return setting;
            });

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("setEncompassSubscription")
            .Description("Records that a setting has (or no longer has) subscribed to Operation Encompass. Administrators and the Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("settingId")
            .Argument<NonNullGraphType<BooleanGraphType>>("subscribed")
            .Allow(Access.Administrator | Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("settingId"), "settingId", "The setting");
                var db = c.Service<DomesticAbuseDbContext>();
                var setting = await db.Settings.FirstOrDefaultAsync(s => s.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("education setting", id);
                setting.SubscribedToEncompass = c.GetArgument<bool>("subscribed");
                await db.SaveChangesAsync(c.CancellationToken);
                return setting;
            });

        slice.Mutation.Field<NonNullGraphType<EducationSettingGraphType>>("linkChildToSetting")
            .Description("Records the setting a registered child attends (replacing any earlier one): Operation Encompass notifications for the child go there. Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<IdGraphType>>("settingId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var check = new InputCheck();
                var subjectId = check.ParseId(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");
                var settingId = check.ParseId(c.GetArgument<string>("settingId"), "settingId", "The setting");
                check.ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                var setting = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == settingId, c.CancellationToken) ?? throw PartnershipError.NotFound("education setting", settingId);
                var registry = c.Service<ISubjectRegistry>();
                if (!await registry.ExistsAsync(new SubjectId(subjectId), c.CancellationToken)) throw PartnershipError.NotFound("registered child", subjectId);
                var link = await db.ChildSettings.FirstOrDefaultAsync(l => l.SubjectId == subjectId, c.CancellationToken);
                if (link is null) db.ChildSettings.Add(link = new ChildSetting { SubjectId = subjectId });
                link.SettingId = settingId;
                link.LinkedAt = c.Service<TimeProvider>().GetUtcNow();
                await db.SaveChangesAsync(c.CancellationToken);
                await registry.EnrolAsync(new SubjectId(subjectId), DomesticAbuseModule.ModuleName, c.CancellationToken);
                return setting;
            });
    }
}
