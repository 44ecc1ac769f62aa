using Safeguarding.Host.Composition;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.GraphQL;

internal static class PlatformGraph
{
    public const int MaxAgeYears = 25; // care leavers are supported up to 25

    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleGraphType>>>>("modules")
            .Description("The modules this host runs and whether each is switched on.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c =>
            {
                var switches = c.Service<ModuleSwitchboard>();
                var list = new List<ModuleView>();
                foreach (var m in c.Service<ModuleCatalog>().Modules)
                    list.Add(await ViewOfAsync(m, switches, c.CancellationToken));
                return list;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleToggleGraphType>>>>("moduleToggles")
            .Description("The history of modules switched on and off, newest first. Administrators only.")
            .Argument<StringGraphType>("module")
            .Argument<IntGraphType>("last", "How many to return (default 50, at most 500).")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var last = Math.Clamp(c.GetArgument<int?>("last") ?? 50, 1, 500);
                var q = c.Service<PlatformDbContext>().Toggles.AsNoTracking();
                if (c.GetArgument<string?>("module") is { } module) q = q.Where(t => t.Module == module);
                return await q.OrderByDescending(t => t.Id).Take(last).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditRecordGraphType>>>>("auditLog")
            .Description("The audit log, newest first: identity reads and module switches. Administrators only.")
            .Argument<StringGraphType>("subjectId")
            .Argument<StringGraphType>("action")
            .Argument<IntGraphType>("last", "How many to return (default 100, at most 1000).")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var last = Math.Clamp(c.GetArgument<int?>("last") ?? 100, 1, 1000);
                var q = c.Service<PlatformDbContext>().AuditLog.AsNoTracking();
                if (c.GetArgument<string?>("subjectId") is { } s) q = q.Where(a => a.SubjectId == s);
                if (c.GetArgument<string?>("action") is { } a) q = q.Where(x => x.Action == a);
                return await q.OrderByDescending(x => x.Id).Take(last).ToListAsync(c.CancellationToken);
            });

        query.Field<SubjectGraphType>("subject")
            .Description("One child, by pseudonymous id, with what each module you may see holds. Practitioners only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The subject");
                var subject = new SubjectId(id);
                if (!await c.Service<ISubjectRegistry>().ExistsAsync(subject, c.CancellationToken)) throw PartnershipError.NotFound("subject", id);
                return subject;
            });

        SubjectViewGraph.Contribute(query, mutation);

        mutation.Field<NonNullGraphType<ModuleGraphType>>("setModuleEnabled")
            .Description("Switches a module on or off now, for every user. Its events wait while it is off. Administrators only; audited.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<BooleanGraphType>>("enabled")
            .Argument<StringGraphType>("reason", "Why, for the history. Required to switch a module off; optional to switch it on.")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("name");
                var enabled = c.GetArgument<bool>("enabled");
                var reason = c.GetArgument<string?>("reason");
                var catalog = c.Service<ModuleCatalog>();
                new InputCheck().OptionalText(reason, "reason", "The reason", 1000).ThrowIfInvalid();
                var module = catalog.Find(name)
                    ?? throw new PartnershipError(ErrorCodes.NotFound, $"There is no module called \"{name}\". Modules: {string.Join(", ", catalog.Modules.Select(m => m.Name))}.");
                var switches = c.Service<ModuleSwitchboard>();
                await switches.SetAsync(module, enabled, c.User!.Actor(), reason, c.CancellationToken);
                return await ViewOfAsync(module, switches, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("retryParkedEvents")
            .Description("Puts a module's parked event deliveries (those that failed every retry) back in line, once the cause is fixed. " +
                         "Returns how many. Administrators only; audited.")
            .Argument<NonNullGraphType<StringGraphType>>("module")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var name = c.GetArgument<string>("module");
                var catalog = c.Service<ModuleCatalog>();
                var module = catalog.Find(name)
                    ?? throw new PartnershipError(ErrorCodes.NotFound, $"There is no module called \"{name}\". Modules: {string.Join(", ", catalog.Modules.Select(m => m.Name))}.");
                var count = await c.Service<IntegrationEventBus>().RetryParkedAsync(module, c.CancellationToken);
                await c.Service<IAuditLog>().RecordAsync(new AuditEntry(c.User!.Actor(), "events.retried", Module: module.Name, Detail: $"{count} parked deliveries put back in line"), c.CancellationToken);
                return count;
            });

        mutation.Field<NonNullGraphType<EventReplayGraphType>>("replayEvents")
            .Description("Rebuilds a module from the event history: clears what it derives from events and hands it every stored event it " +
                         "handles again, once, in one transaction (for a module added or switched on after the events, or a read model to rebuild). " +
                         "Administrators only; audited.")
            .Argument<NonNullGraphType<StringGraphType>>("module")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var module = await EventReplayCommand.FindReplayableAsync(c.Service<ModuleCatalog>(), c.Service<ModuleSwitchboard>(), c.GetArgument<string>("module"), c.CancellationToken);
                var replay = await c.Service<IntegrationEventBus>().ReplayAsync(module, c.CancellationToken);
                await c.Service<IAuditLog>().RecordAsync(new AuditEntry(c.User!.Actor(), AuditActions.EventsReplayed, Module: module.Name, Detail: replay.Describe()), c.CancellationToken);
                return replay;
            });

        mutation.Field<NonNullGraphType<SubjectRegistrationGraphType>>("registerSubject")
            .Description("Records a person once, in the module of your working group: MATCHED when the registry already holds them (you are given their " +
                         "id), NEW, or NEEDS_REVIEW (recorded, and put on the review queue as possibly a child already held). Their identity is " +
                         "encrypted and only entitled practitioners see it.")
            .Argument<NonNullGraphType<RegisterSubjectInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RegisterSubjectInput>("input");
                var check = new InputCheck();
                var identity = input.ToIdentity(check, c.Service<TimeProvider>().Today(), MaxAgeYears);
                check.ThrowIfInvalid();
                var catalog = c.Service<ModuleCatalog>();
                var module = catalog.Find(input.Module!) ?? throw PartnershipError.NotFound("module", input.Module!);
                var notMember = c.User!.IsMemberOf(module.Name) ? null : $"You can record a child only in a working group you belong to; you are not in the {module.Name} group.";
                var switches = c.Service<ModuleSwitchboard>();
                if (!await switches.IsEnabledAsync(module.FeatureFlag, c.CancellationToken))
                    throw new PartnershipError(ErrorCodes.ModuleDisabled, ModuleRefusal.SwitchedOff(module.Name, await switches.SwitchedOffAtAsync(module.FeatureFlag),
                        notMember is null ? null : "Even when it is on: " + char.ToLowerInvariant(notMember[0]) + notMember[1..]));
                if (notMember is not null) throw PartnershipError.Forbidden(notMember);
                return await c.Service<SubjectRegistry>().RegisterPersonAsync(identity!, module.Name, c.User!.Actor(), c.CancellationToken);
            });

        RegistryGraph.Contribute(query, mutation);
    }

    private static async Task<ModuleView> ViewOfAsync(PartnershipModule module, ModuleSwitchboard switches, CancellationToken ct)
    {
        var enabled = await switches.IsEnabledAsync(module.FeatureFlag, ct);
        return new ModuleView(module.Name, module.Description, module.FeatureFlag, enabled, enabled ? null : await switches.SwitchedOffAtAsync(module.FeatureFlag));
    }
}
