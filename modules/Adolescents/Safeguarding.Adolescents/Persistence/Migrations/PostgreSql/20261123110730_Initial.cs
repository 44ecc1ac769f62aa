using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.Adolescents.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "adolescents");

            migrationBuilder.CreateTable(
                name: "adults_of_concern",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KnownAs = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adults_of_concern", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "agreed_responses",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BriefingId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwningAgencies = table.Column<List<string>>(type: "text[]", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    AgreedAt = table.Column<long>(type: "bigint", nullable: false),
                    AgreedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DoneAt = table.Column<long>(type: "bigint", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreed_responses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "custody_episodes",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DetainedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReleasedAt = table.Column<long>(type: "bigint", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_custody_episodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "daily_briefings",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BriefingDate = table.Column<DateOnly>(type: "date", nullable: false),
                    AsOf = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_daily_briefings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exploitation_concerns",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountyLines = table.Column<bool>(type: "boolean", nullable: false),
                    Indicators = table.Column<List<string>>(type: "text[]", nullable: false),
                    IndicatorCount = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exploitation_concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "adolescents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SourceModule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    ParkedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_links",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    AdultId = table.Column<Guid>(type: "uuid", nullable: true),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "locations",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_locations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "missing_episodes",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportingAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WentMissingAt = table.Column<long>(type: "bigint", nullable: false),
                    ReturnedAt = table.Column<long>(type: "bigint", nullable: true),
                    WhereFound = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    InterviewDueBy = table.Column<long>(type: "bigint", nullable: true),
                    InterviewOfferedAt = table.Column<long>(type: "bigint", nullable: true),
                    InterviewOfferedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InterviewOfferedWithinTime = table.Column<bool>(type: "boolean", nullable: true),
                    InterviewOverdueAnnouncedAt = table.Column<long>(type: "bigint", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_missing_episodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "adolescents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    DispatchedAt = table.Column<long>(type: "bigint", nullable: true),
                    RelayAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                schema: "adolescents",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.PartnerId);
                });

            migrationBuilder.CreateTable(
                name: "safety_plans",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "briefing_entries",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BriefingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    ReasonCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Reasons = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_briefing_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_briefing_entries_daily_briefings_BriefingId",
                        column: x => x.BriefingId,
                        principalSchema: "adolescents",
                        principalTable: "daily_briefings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "safety_plan_actions",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_actions_safety_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "safety_plan_risks",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_risks_safety_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adults_of_concern_Reference",
                schema: "adolescents",
                table: "adults_of_concern",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreed_responses_BriefingId",
                schema: "adolescents",
                table: "agreed_responses",
                column: "BriefingId");

            migrationBuilder.CreateIndex(
                name: "IX_agreed_responses_EntryId",
                schema: "adolescents",
                table: "agreed_responses",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_briefing_entries_BriefingId_Rank",
                schema: "adolescents",
                table: "briefing_entries",
                columns: new[] { "BriefingId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_briefing_entries_SubjectId",
                schema: "adolescents",
                table: "briefing_entries",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_custody_episodes_DetainedAt",
                schema: "adolescents",
                table: "custody_episodes",
                column: "DetainedAt");

            migrationBuilder.CreateIndex(
                name: "IX_custody_episodes_SubjectId",
                schema: "adolescents",
                table: "custody_episodes",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_daily_briefings_BriefingDate",
                schema: "adolescents",
                table: "daily_briefings",
                column: "BriefingDate",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exploitation_concerns_ReportedOn",
                schema: "adolescents",
                table: "exploitation_concerns",
                column: "ReportedOn");

            migrationBuilder.CreateIndex(
                name: "IX_exploitation_concerns_SubjectId",
                schema: "adolescents",
                table: "exploitation_concerns",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_MessageId_Handler",
                schema: "adolescents",
                table: "inbox",
                columns: new[] { "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_ProcessedAt",
                schema: "adolescents",
                table: "inbox",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_links_AdultId_OccurredAt",
                schema: "adolescents",
                table: "intelligence_links",
                columns: new[] { "AdultId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_links_LocationId_OccurredAt",
                schema: "adolescents",
                table: "intelligence_links",
                columns: new[] { "LocationId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_links_SourceId",
                schema: "adolescents",
                table: "intelligence_links",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_InterviewDueBy",
                schema: "adolescents",
                table: "missing_episodes",
                column: "InterviewDueBy");

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_ReturnedAt_WentMissingAt",
                schema: "adolescents",
                table: "missing_episodes",
                columns: new[] { "ReturnedAt", "WentMissingAt" });

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_SubjectId",
                schema: "adolescents",
                table: "missing_episodes",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_WentMissingAt_SubjectId_ReturnedAt_Intervi~",
                schema: "adolescents",
                table: "missing_episodes",
                columns: new[] { "WentMissingAt", "SubjectId", "ReturnedAt", "InterviewOfferedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DispatchedAt",
                schema: "adolescents",
                table: "outbox",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Id",
                schema: "adolescents",
                table: "outbox",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_actions_PlanId",
                schema: "adolescents",
                table: "safety_plan_actions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_risks_PlanId",
                schema: "adolescents",
                table: "safety_plan_risks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_safety_plans_SubjectId",
                schema: "adolescents",
                table: "safety_plans",
                column: "SubjectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adults_of_concern",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "agreed_responses",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "briefing_entries",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "custody_episodes",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "exploitation_concerns",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "intelligence_links",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "locations",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "missing_episodes",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "partners",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "safety_plan_actions",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "safety_plan_risks",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "daily_briefings",
                schema: "adolescents");

            migrationBuilder.DropTable(
                name: "safety_plans",
                schema: "adolescents");
        }
    }
}
