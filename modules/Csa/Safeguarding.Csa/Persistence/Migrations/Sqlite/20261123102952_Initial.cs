using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Safeguarding.Csa.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "csa");

            migrationBuilder.CreateTable(
                name: "awareness_activities",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    YoungPeopleReached = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_awareness_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "discussion_flags",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FlaggedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AgencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorsInWindow = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DiscussionHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DiscussionAgencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DiscussionOutcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discussion_flags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hospital_safeguarded_cases",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hospital_safeguarded_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hsb_incidents",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Behaviour = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hsb_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "csa",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "indicator_categories",
                schema: "csa",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "csa",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RelayAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "sexual_abuse_plans",
                schema: "csa",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sexual_abuse_plans", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "support_referrals",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Commissioned = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferringAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HsbIncidentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workshop_training",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Workshop = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Attendees = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workshop_training", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                schema: "csa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SourceAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SeenAndSpokenToAlone = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscussedUnderFlagId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_indicator_categories_CategoryCode",
                        column: x => x.CategoryCode,
                        principalSchema: "csa",
                        principalTable: "indicator_categories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "csa",
                table: "indicator_categories",
                columns: new[] { "Code", "Label", "Position" },
                values: new object[,]
                {
                    { "ABUSIVE_BEHAVIOUR", "Indicators in an adult or young person", 5 },
                    { "CHILD_STATEMENTS", "What the child has said", 4 },
                    { "CIRCUMSTANCES", "Family and environment", 6 },
                    { "EMOTIONAL_BEHAVIOURAL", "Emotional and behavioural signs", 2 },
                    { "PHYSICAL", "Physical signs", 1 },
                    { "SEXUAL_BEHAVIOUR", "Concerning sexual behaviour", 3 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_discussion_flags_open_per_subject",
                schema: "csa",
                table: "discussion_flags",
                column: "SubjectId",
                unique: true,
                filter: "\"DiscussionHeldOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_discussion_flags_SubjectId",
                schema: "csa",
                table: "discussion_flags",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_hospital_safeguarded_cases_Year",
                schema: "csa",
                table: "hospital_safeguarded_cases",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hsb_incidents_OccurredOn",
                schema: "csa",
                table: "hsb_incidents",
                column: "OccurredOn");

            migrationBuilder.CreateIndex(
                name: "IX_hsb_incidents_SubjectId",
                schema: "csa",
                table: "hsb_incidents",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_MessageId_Handler",
                schema: "csa",
                table: "inbox",
                columns: new[] { "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_ProcessedAt",
                schema: "csa",
                table: "inbox",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_CategoryCode",
                schema: "csa",
                table: "indicators",
                column: "CategoryCode");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_SubjectId_ObservedOn",
                schema: "csa",
                table: "indicators",
                columns: new[] { "SubjectId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DispatchedAt",
                schema: "csa",
                table: "outbox",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Id",
                schema: "csa",
                table: "outbox",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sexual_abuse_plans_StartedOn_EndedOn",
                schema: "csa",
                table: "sexual_abuse_plans",
                columns: new[] { "StartedOn", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_sexual_abuse_plans_SubjectId",
                schema: "csa",
                table: "sexual_abuse_plans",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_support_referrals_StartedOn",
                schema: "csa",
                table: "support_referrals",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_support_referrals_SubjectId",
                schema: "csa",
                table: "support_referrals",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_workshop_training_Year_Workshop",
                schema: "csa",
                table: "workshop_training",
                columns: new[] { "Year", "Workshop" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awareness_activities",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "discussion_flags",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "hospital_safeguarded_cases",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "hsb_incidents",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "indicators",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "sexual_abuse_plans",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "support_referrals",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "workshop_training",
                schema: "csa");

            migrationBuilder.DropTable(
                name: "indicator_categories",
                schema: "csa");
        }
    }
}
