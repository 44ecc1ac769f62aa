namespace Safeguarding.Host.GraphQL;

/// <summary>
/// What the host itself serves: the modules and their switches, the audit log, one child by id (with the subject view
/// and the registry's fields), and the event bus's administration. Each resolver parses, calls and maps.
/// </summary>
internal static class PlatformGraph
{
    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation, ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ModuleGraphType>>("moduleSwitched")
            .Description("A module as `modules` shows it, each time an administrator switches it on or off: a client's cached list of modules stays true.")
            .Allow(Access.AnySignedIn)
            .ResolveStream(c => c.Service<ILiveUpdates>().Watch<ModuleSwitched>())
            .Resolve(ModuleSwitchedView);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModuleGraphType>>>>("modules")
            .Allow(Access.AnySignedIn)
            .HandledBy(ModulesAsync);

        query.Field<NonNullGraphType<ConnectionGraphType<ModuleToggleGraphType>>>("moduleToggles")
            .Argument<StringGraphType>("module")
            .Paged()
            .Allow(Access.Administrator)
            .HandledBy(ModuleTogglesAsync);

        query.Field<NonNullGraphType<ConnectionGraphType<AuditRecordGraphType>>>("auditLog")
            .AuditSearchArguments()
            .Paged()
            .Allow(Access.Administrator | Access.DataProtectionOfficer)
            .HandledBy(AuditLogAsync);

        query.Field<NonNullGraphType<StringGraphType>>("auditLogCsv")
            .Description("The entries of the audit log a search finds, newest first, as CSV text (at most 50,000; times in UK time). " +
                         "Data protection officer only; the export is itself audited.")
            .AuditSearchArguments()
            .Allow(Access.DataProtectionOfficer)
            .ResolveAsync(async c => await c.Service<AuditTrail>().CsvAsync(c.AuditSearchAsked(), c.User!, c.CancellationToken));

        query.Field<SubjectGraphType>("subject")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Access.AnyPractitioner)
            .HandledBy(SubjectAsync);

        query.Field<NonNullGraphType<SmallNumberRuleGraphType>>("smallNumberRule")
            .Description("The partnership's statistical disclosure control: the threshold below which counts of people are withheld from aggregates " +
                         "(the scorecard, the annual report, their CSVs, and every module's figures for readers outside the group holding the records), " +
                         "and how a withheld figure is marked. Everyone signed in.")
            .Allow(Access.AnySignedIn)
            .Resolve(c => SmallNumberRule.Of(c.Service<SmallNumbers>().Published));

        SubjectViewGraph.Contribute(query, mutation);

        mutation.Field<NonNullGraphType<ModuleGraphType>>("setModuleEnabled")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<BooleanGraphType>>("enabled")
            .Argument<StringGraphType>("reason")
            .Allow(Access.Administrator)
            .HandledBy(SetModuleEnabledAsync);

        mutation.Field<NonNullGraphType<IntGraphType>>("retryParkedEvents")
            .Argument<NonNullGraphType<StringGraphType>>("module")
            .Allow(Access.Administrator)
            .HandledBy(RetryParkedEventsAsync);

        mutation.Field<NonNullGraphType<EventReplayGraphType>>("replayEvents")
            .Argument<NonNullGraphType<StringGraphType>>("module")
            .Allow(Access.Administrator)
            .HandledBy(ReplayEventsAsync);

        mutation.Field<NonNullGraphType<SubjectRegistrationGraphType>>("registerSubject")
            .Argument<NonNullGraphType<RegisterSubjectInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .HandledBy(RegisterSubjectAsync);

        RegistryGraph.Contribute(query, mutation, subscription);
        SharingGraph.Contribute(query, mutation);
        ChildAccessGraph.Contribute(query, mutation);
        PersonalDataGraph.Contribute(query, mutation);
    }

    /// <summary>The modules this host runs and whether each is switched on.</summary>
    private static async Task<object?> ModulesAsync(IResolveFieldContext c)
    {
        var switches = c.Service<ModuleSwitchboard>();
        var list = new List<ModuleView>();
        foreach (var m in c.Service<ModuleCatalog>().Modules)
            list.Add(await ViewOfAsync(m, switches, c.CancellationToken));
        return list;
    }

    /// <summary>The history of modules switched on and off, newest first, a page at a time. Administrators
    /// only.</summary>
    /// <arg name="module">Only this module's switches, by its name; left out, every module's.</arg>
    private static async Task<object?> ModuleTogglesAsync(IResolveFieldContext c)
    {
        var q = c.Service<PlatformDbContext>().Toggles.AsNoTracking();
        if (c.GetArgument<string?>("module") is { } module) q = q.Where(t => t.Module == module);
        return await q.PageNewestFirstAsync(c.PageAsked(), t => t.Id, c.CancellationToken);
    }

    /// <summary>The audit log, newest first, a page at a time, back to its first record; nobody changes it. The data
    /// protection officer reads all of it: identity reads, registrations, access to children, module switches.
    /// Administrators read only the entries about the partnership's administration (none about a person).</summary>
    private static async Task<object?> AuditLogAsync(IResolveFieldContext c) =>
        await c.Service<AuditTrail>().Search(c.AuditSearchAsked(), c.User!).PageNewestFirstAsync(c.PageAsked(), x => x.Id, c.CancellationToken);

    /// <summary>One child, by pseudonymous id, with what each module you may see holds: a module's fields here are its
    /// working group's own record, never shared on a basis (see subjectView). NOT_FOUND, the same as for an unknown id,
    /// for a child no working group of yours holds and you have no legitimate relationship with. Practitioners
    /// only.</summary>
    /// <arg name="id">The child's pseudonymous subject id.</arg>
    private static async Task<object?> SubjectAsync(IResolveFieldContext c)
    {
        var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The subject");
        return await c.Service<SubjectRegistry>().LookUpAsync(new SubjectId(id), c.User!, c.CancellationToken);
    }

    /// <summary>Switches a module on or off now, for every user. Its events wait while it is off. Administrators only;
    /// audited.</summary>
    /// <arg name="name">The module, by its name (see modules).</arg>
    /// <arg name="enabled">True to switch the module on, false to switch it off.</arg>
    /// <arg name="reason">Why, for the history. Required to switch a module off; optional to switch it on.</arg>
    private static async Task<object?> SetModuleEnabledAsync(IResolveFieldContext c)
    {
        var reason = c.GetArgument<string?>("reason");
        new InputCheck().OptionalText(reason, "reason", "The reason", 1000).ThrowIfInvalid();
        var module = c.Service<ModuleCatalog>().Named(c.GetArgument<string>("name"));
        var switches = c.Service<ModuleSwitchboard>();
        await switches.SetAsync(module, c.GetArgument<bool>("enabled"), c.User!.Actor(), reason, c.CancellationToken);
        return await ViewOfAsync(module, switches, c.CancellationToken);
    }

    /// <summary>Puts a module's parked event deliveries (those that failed every retry) back in line, once the cause is
    /// fixed. Returns how many. Administrators only; audited.</summary>
    /// <arg name="module">The module whose parked deliveries to retry, by its name (see modules).</arg>
    private static async Task<object?> RetryParkedEventsAsync(IResolveFieldContext c) =>
        await c.Service<EventBusAdministration>().RetryParkedAsync(c.GetArgument<string>("module"), c.User!.Actor(), c.CancellationToken);

    /// <summary>Rebuilds a module from the event history: clears what it derives from events and hands it every stored
    /// event it handles again, once, in one transaction (for a module added or switched on after the events, or a read
    /// model to rebuild). Administrators only; audited.</summary>
    /// <arg name="module">The module to rebuild, by its name (see modules).</arg>
    private static async Task<object?> ReplayEventsAsync(IResolveFieldContext c) =>
        await c.Service<EventBusAdministration>().ReplayAsync(c.GetArgument<string>("module"), c.User!.Actor(), c.CancellationToken);

    /// <summary>Records a person once, in the module of your working group: MATCHED when the registry already holds them
    /// (you are given their id), NEW, or NEEDS_REVIEW (recorded, and put on the review queue as possibly a child already
    /// held). Their identity is encrypted and only entitled practitioners see it.</summary>
    /// <arg name="input">Who the person is: their identifiers and names, as the module knows them.</arg>
    private static async Task<object?> RegisterSubjectAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<RegisterSubjectInput>("input");
        var check = new InputCheck();
        var identity = input.ToIdentity(check, c.Service<TimeProvider>().Today());
        check.ThrowIfInvalid();
        return await c.Service<PractitionerRegistration>().RegisterAsync(identity!, input.Module!, c.User!, c.CancellationToken);
    }

    private static ModuleView ModuleSwitchedView(IResolveFieldContext c)
    {
        var switched = (ModuleSwitched)c.Source!;
        var module = c.Service<ModuleCatalog>().Named(switched.Module);
        return new ModuleView(module.Name, module.Description, module.FeatureFlag, switched.Enabled, switched.Enabled ? null : switched.At);
    }

    private static async Task<ModuleView> ViewOfAsync(PartnershipModule module, ModuleSwitchboard switches, CancellationToken ct)
    {
        var enabled = await switches.IsEnabledAsync(module.FeatureFlag, ct);
        return new ModuleView(module.Name, module.Description, module.FeatureFlag, enabled, enabled ? null : await switches.SwitchedOffAtAsync(module.FeatureFlag));
    }
}
