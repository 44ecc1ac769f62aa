using System.Text.Json;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using GraphQL.Execution;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.FeatureManagement;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Host.Auth;
using Safeguarding.Host.Composition;
using Safeguarding.Host.GraphQL;
using Safeguarding.Host.Platform.PersonalData;
using Safeguarding.Host.Platform.Identity;
using Safeguarding.Host.Web;
using Safeguarding.SharedKernel.Features;

if (args.Length > 0 && args[0] == "token") return TokenCommand.Run(args[1..]);
if (args.Length > 0 && args[0] == "migrations-script") return MigrationScriptCommand.Run(args[1..]);

// replay-events --module X: start the host's services and databases, replay the event history to one module, exit.
string? replayModule = null;
var replay = args.Length > 0 && args[0] == EventReplayCommand.Name;
if (replay) (replayModule, args) = EventReplayCommand.Parse(args);

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 16 * 1024 * 1024);
builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());

var database = builder.Configuration.GetSection("Database").Get<ModuleDatabaseOptions>() ?? new ModuleDatabaseOptions();
database.DataFolder = Path.GetFullPath(database.DataFolder, builder.Environment.ContentRootPath);
var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
var graphQL = builder.Configuration.GetSection("GraphQL").Get<GraphQLOptions>() ?? new GraphQLOptions();

// Modules: discovered by scanning, composed as Autofac modules.
var modules = ModuleDiscovery.Discover();
var catalog = new ModuleCatalog(modules, [PlatformEvents.Publisher]); // the registry publishes merges and separations too
var hostContext = new ModuleHostContext(database);
foreach (var module in catalog.Modules) module.ConfigureServices(builder.Services, hostContext);
builder.Host.ConfigureContainer<ContainerBuilder>(container =>
{
    foreach (var module in catalog.Modules) container.RegisterModule(module);
});

var services = builder.Services;
services.AddSingleton(catalog);
services.AddSingleton(database);
services.TryAddSingleton(TimeProvider.System);
services.Configure<EventBusOptions>(builder.Configuration.GetSection("EventBus"));
services.Configure<GraphQLOptions>(builder.Configuration.GetSection("GraphQL"));
services.AddSingleton<TrustedDocuments>();
services.AddPartnerDashboardCors(graphQL);
services.AddSingleton<OutboxSignal>();
services.AddSingleton<EventDeliveryMetrics>();
services.AddSingleton<OutboxSignalInterceptor>();
// Small tables read by nearly every request (the partnership's agencies) held in memory, read again after a change.
services.AddSingleton<ReferenceDataChanges>();
services.AddSingleton<ReferenceDataInterceptor>();
services.AddSingleton(typeof(ReferenceData<,>));
services.AddSingleton<IntegrationEventBus>();
services.AddHostedService(sp => sp.GetRequiredService<IntegrationEventBus>());

// The platform's own database: switches, audit log, subjects.
services.AddDbContext<PlatformDbContext>(o => ModuleDatabase.Configure(o, database, PlatformDbContext.SchemaName, typeof(PlatformDbContext).Assembly.GetName().Name!),
    ServiceLifetime.Scoped, ServiceLifetime.Singleton);
services.AddModuleDbContext<PlatformEvents>(database, PlatformDbContext.SchemaName);
services.AddSingleton<IAuditLog, AuditLog>();
services.AddScoped<AuditTrail>();
// Small numbers: the one rule every module's aggregates are withheld by (Disclosure:Threshold, Disclosure:ShowZero).
services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddSingleton<SmallNumbers>();
// The registry of people: identities encrypted, blocking keys as keyed hashes, the review queue and search.
services.AddOptions<IdentityMatchingOptions>().BindConfiguration(IdentityMatchingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddSingleton<IIdentityMatcher, IdentityMatcher>();
services.AddSingleton<ProtectedIdentities>();
services.AddSingleton<BlockingKeyHasher>();
services.AddScoped<SubjectRegistry>();
// Legitimate relationships between practitioners and children, and sealed (emergency) access (ChildAccess:*).
services.AddOptions<ChildAccessOptions>().BindConfiguration(ChildAccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
// Personal data: retention periods (Retention), the daily review, disposal and subject access, from each module's declaration.
services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
services.AddScoped<RetentionReview>();
services.AddScoped<PersonDisposal>();
services.AddScoped<SubjectAccess>();
services.AddSingleton<RetentionReviewSweep>();
services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RetentionReviewSweep>());
services.AddScoped<ChildRelationships>();
services.AddScoped<ChildAccessRecords>();
services.AddScoped<EarlierRegistrants>();
services.AddScoped<PractitionerRegistration>();
services.AddScoped<ISubjectRegistry>(sp => sp.GetRequiredService<SubjectRegistry>());
services.AddScoped<DuplicateReviews>();
services.AddSingleton<HouseholdAddressIndex>();
services.AddScoped<Households>();
services.AddScoped<SubjectSearch>();
services.AddScoped<ChildChronology>();
// Bank holidays: the rules for every year with the one-off days administrators keep, for every module's calendar.
services.AddSingleton<PlatformBankHolidayCalendar>();
services.AddSingleton<IBankHolidayCalendar>(sp => sp.GetRequiredService<PlatformBankHolidayCalendar>());
services.AddScoped<BankHolidayReferenceData>();
var dataProtection = services.AddDataProtection()
    .SetApplicationName("Safeguarding.Modular")
    .PersistKeysToDbContext<PlatformDbContext>();
// Outside Development the key ring itself must be encrypted: keys stored in clear beside the identities they protect
// would let anyone holding the database read them. DataProtection:CertificatePath is a PFX file (with its password in
// DataProtection:CertificatePassword, from the environment or a secret store, never from the repository).
if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
    dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
        certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));
else if (!builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing") && !builder.Environment.IsEnvironment("Benchmark"))
    throw new InvalidOperationException("Set DataProtection:CertificatePath (a PFX certificate) so that the key ring encrypting children's identities is itself encrypted.");

// Module switches through Microsoft.FeatureManagement, with run-time overrides from the platform database.
services.AddSingleton<ModuleFeatureDefinitionProvider>();
services.AddSingleton<IFeatureDefinitionProvider>(sp => sp.GetRequiredService<ModuleFeatureDefinitionProvider>());
services.AddFeatureManagement();
services.AddScoped<ModuleSwitchboard>();
services.AddScoped<EventBusAdministration>();
services.AddScoped<InformationSharing>();
services.AddScoped<ChildParts>();
services.AddScoped<SharingAgreements>();
services.AddScoped<IModuleSwitch>(sp => sp.GetRequiredService<ModuleSwitchboard>());

// Authentication: JWT bearer for API clients, from the partnership's identity provider or a locally configured key;
// the web interface's cookie for people (a demo user in Development, OpenID Connect otherwise).
var signingKey = SigningKeys.Resolve(auth, database, builder.Environment.IsDevelopment());
services.AddSingleton(auth);
services.AddPartnershipAuthentication(builder.Configuration).AddJwtBearer(o =>
{
    o.MapInboundClaims = false;
    // A token checked once is remembered until it expires (at most five minutes): the same checks, not repeated per request.
    o.TokenHandlers.Clear();
    o.TokenHandlers.Add(new ValidatedBearerTokens { MapInboundClaims = false });
    if (!string.IsNullOrWhiteSpace(auth.Authority)) o.Authority = auth.Authority;
    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = auth.Issuer,
        ValidAudience = auth.Audience,
        IssuerSigningKey = signingKey,
        ValidateIssuerSigningKey = signingKey is not null,
        NameClaimType = "sub",
        RoleClaimType = "role",
        ClockSkew = TimeSpan.FromMinutes(1),
    };
});
if (signingKey is null && string.IsNullOrWhiteSpace(auth.Authority))
    throw new InvalidOperationException("Set Auth:Authority (the identity provider) or Auth:SigningKey outside Development.");
services.AddAuthorization();

// GraphQL: one schema stitched from the module slices. The one Subject type each module adds its part to.
services.AddSingleton<SubjectGraphType>();
services.AddSingleton<SubjectIdentityGraphType>();
// A page of any list (cursor connections), closed over each list's row type as the schema meets it.
services.AddTransient(typeof(ConnectionGraphType<>));
services.AddTransient(typeof(EdgeGraphType<>));
// A nested field reads for all the records of a level at once: its loader lives as long as the request.
services.AddScoped<RequestBatches>();
services.AddSingleton<ValidatedDocuments>();
services.AddGraphQL(b => b
    .AddSchema<PartnershipSchema>()
    .AddGraphTypes(typeof(PartnershipSchema).Assembly)
    .AddGraphTypes(typeof(SubjectGraphType).Assembly) // the kernel's: a subject, a person's identity, registration outcomes
    .AddSystemTextJson()
    .AddErrorInfoProvider(new PartnershipErrorInfoProvider())
    .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
    // Depth is IntrospectionLimitsRule's: GraphQL.NET's would count introspection against the data limit.
    .AddComplexityAnalyzer(c => { c.MaxDepth = null; c.MaxComplexity = graphQL.MaxComplexity; })
    // Instances, not types: a rule registered by type is resolved from the request's services for every request.
    .AddValidationRule(new IntrospectionLimitsRule(Options.Create(graphQL)))
    .AddValidationRule(new RequestShapeRule(Options.Create(graphQL)))
    .ConfigureExecution(sp => sp.GetRequiredService<ValidatedDocuments>()) // a document validated once is not parsed or checked against the schema again
    .UseMiddleware<ModuleGateMiddleware>()
    .UseMiddleware<ArgumentRangeMiddleware>() // after the gate: a caller who may not reach the field learns nothing of its arguments
    .UseMiddleware<UnsavedChangesMiddleware>()
    .ConfigureExecutionOptions(o =>
    {
        // The logger is looked up only when something goes wrong, not for every request.
        o.UnhandledExceptionDelegate = ctx =>
        {
            if (ctx.OriginalException is GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
            {
                // Nesting beyond the parser's limit is the client's fault: answer it like any other syntax error.
                ctx.Exception = new ExecutionError("The request is nested too deeply to read.") { Code = "SYNTAX_ERROR" };
                return Task.CompletedTask;
            }
            if (WriteConflicts.Describe(ctx.OriginalException) is { } conflict)
            {
                // Another request got there first; the database refused this one's write and its transaction rolled back.
                ctx.Exception = new PartnershipError(ErrorCodes.Conflict, conflict);
                return Task.CompletedTask;
            }
            if (ctx.OriginalException is DomainException refused)
            {
                // A rule refused the request: the practitioner's message and its code, as the API has always answered.
                ctx.Exception = new PartnershipError(refused.Code, refused.Message, refused.Problems);
                return Task.CompletedTask;
            }
            var logger = (ctx.Context?.RequestServices ?? o.RequestServices)?.GetService<ILoggerFactory>()?.CreateLogger("Safeguarding.GraphQL");
            logger?.LogError(ctx.OriginalException, "Unhandled error in {Field}", ctx.FieldContext?.FieldDefinition.Name);
            ctx.ErrorMessage = "Something went wrong on our side. Please try again; if it keeps happening, tell the partnership's administrator.";
            return Task.CompletedTask;
        };
    }));

// GraphQL.NET's validator, keeping its answer for a known document without variables (after AddGraphQL's own, so it wins).
services.AddSingleton<GraphQL.Validation.IDocumentValidator>(_ => new KnownDocumentValidator(new GraphQL.Validation.DocumentValidator()));

// Subscriptions: facts told as they happen, served over WebSocket (graphql-transport-ws) and Server-Sent Events.
services.AddSingleton<LiveUpdates>();
services.AddSingleton<ILiveUpdates>(sp => sp.GetRequiredService<LiveUpdates>());
services.AddSingleton<GraphQLWebSocketEndpoint>();
services.AddSingleton<SchemaDocument>();
services.AddSingleton<PartnershipExecutor>();
services.AddSingleton<IPartnershipExecutor>(sp => sp.GetRequiredService<PartnershipExecutor>());
services.AddPartnershipWeb(catalog);

services.AddHealthChecks().AddCheck<ReadinessCheck>("modules", tags: ["ready"]);

var app = builder.Build();

// Build the schema now: a module field without .Allow(...) stops start-up here rather than failing every request later.
app.Services.GetRequiredService<ISchema>().Initialize();
await DatabaseStartup.PrepareAsync(app.Services);
if (replay) return await EventReplayCommand.RunAsync(app.Services, replayModule);

app.UsePartnershipWeb();
app.UseCors(); // before authentication: a browser's preflight carries no token
app.UseAuthentication();
app.UseAuthorization();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
_ = app.Services.GetRequiredService<TrustedDocuments>(); // a manifest that cannot be trusted stops the host here, not at the first request
app.MapPartnershipGraphQL();
app.MapPartnershipWeb();
app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = c => c.Tags.Contains("ready"),
    ResponseWriter = async (http, report) =>
    {
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            modules = report.Entries.Values.SelectMany(e => e.Data).ToDictionary(d => d.Key, d => d.Value),
        });
    },
});

app.Run();
return 0;

public partial class Program;
