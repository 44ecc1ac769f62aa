using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.DomesticAbuse.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "domesticabuse");

            migrationBuilder.CreateTable(
                name: "adults",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adults", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "child_settings",
                schema: "domesticabuse",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_settings", x => x.SubjectId);
                });

            migrationBuilder.CreateTable(
                name: "dash_assessments",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VictimAdultId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Practitioner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    YesCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentsInLastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HighRiskBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    JudgementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dash_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "education_settings",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubscribedToEncompass = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyAdult = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_education_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "encompass_notifications",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IncidentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LateAnnouncedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_encompass_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hospital_alerts",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hospital_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "domesticabuse",
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
                name: "marac_referrals",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferringAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marac_referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "domesticabuse",
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
                name: "protection_notices",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PoliceReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReportingAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IncidentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LocationArea = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protection_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "published_children_figures",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Children = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_children_figures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "routine_enquiries",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnquiredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Asked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Disclosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupportOffered = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routine_enquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marac_actions",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marac_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_marac_actions_marac_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalSchema: "domesticabuse",
                        principalTable: "marac_referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_adults",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IncidentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_adults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notice_adults_adults_AdultId",
                        column: x => x.AdultId,
                        principalSchema: "domesticabuse",
                        principalTable: "adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_notice_adults_protection_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalSchema: "domesticabuse",
                        principalTable: "protection_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_children",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notice_children_protection_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalSchema: "domesticabuse",
                        principalTable: "protection_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adults_PersonReference",
                schema: "domesticabuse",
                table: "adults",
                column: "PersonReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_child_settings_SettingId",
                schema: "domesticabuse",
                table: "child_settings",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_dash_assessments_CompletedOn",
                schema: "domesticabuse",
                table: "dash_assessments",
                column: "CompletedOn");

            migrationBuilder.CreateIndex(
                name: "IX_dash_assessments_VictimAdultId",
                schema: "domesticabuse",
                table: "dash_assessments",
                column: "VictimAdultId");

            migrationBuilder.CreateIndex(
                name: "IX_education_settings_Name",
                schema: "domesticabuse",
                table: "education_settings",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_encompass_notifications_AcknowledgedAt_LateAnnouncedAt_DeadlineAt",
                schema: "domesticabuse",
                table: "encompass_notifications",
                columns: new[] { "AcknowledgedAt", "LateAnnouncedAt", "DeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_encompass_notifications_NoticeId",
                schema: "domesticabuse",
                table: "encompass_notifications",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_encompass_notifications_SettingId_DeadlineAt",
                schema: "domesticabuse",
                table: "encompass_notifications",
                columns: new[] { "SettingId", "DeadlineAt" });

            migrationBuilder.CreateIndex(
                name: "IX_encompass_notifications_SubjectId",
                schema: "domesticabuse",
                table: "encompass_notifications",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_hospital_alerts_SubjectId",
                schema: "domesticabuse",
                table: "hospital_alerts",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_MessageId_Handler",
                schema: "domesticabuse",
                table: "inbox",
                columns: new[] { "MessageId", "Handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_ProcessedAt",
                schema: "domesticabuse",
                table: "inbox",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_marac_actions_ReferralId",
                schema: "domesticabuse",
                table: "marac_actions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_marac_referrals_AssessmentId",
                schema: "domesticabuse",
                table: "marac_referrals",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notice_adults_AdultId_IncidentAt",
                schema: "domesticabuse",
                table: "notice_adults",
                columns: new[] { "AdultId", "IncidentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_adults_NoticeId",
                schema: "domesticabuse",
                table: "notice_adults",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_children_NoticeId",
                schema: "domesticabuse",
                table: "notice_children",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_children_SubjectId_IncidentAt",
                schema: "domesticabuse",
                table: "notice_children",
                columns: new[] { "SubjectId", "IncidentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DispatchedAt",
                schema: "domesticabuse",
                table: "outbox",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Id",
                schema: "domesticabuse",
                table: "outbox",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_protection_notices_IncidentAt",
                schema: "domesticabuse",
                table: "protection_notices",
                column: "IncidentAt");

            migrationBuilder.CreateIndex(
                name: "IX_protection_notices_PoliceReference",
                schema: "domesticabuse",
                table: "protection_notices",
                column: "PoliceReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_published_children_figures_Year",
                schema: "domesticabuse",
                table: "published_children_figures",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_routine_enquiries_EnquiredOn",
                schema: "domesticabuse",
                table: "routine_enquiries",
                column: "EnquiredOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_settings",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "dash_assessments",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "education_settings",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "encompass_notifications",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "hospital_alerts",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "marac_actions",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "notice_adults",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "notice_children",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "published_children_figures",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "routine_enquiries",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "marac_referrals",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "adults",
                schema: "domesticabuse");

            migrationBuilder.DropTable(
                name: "protection_notices",
                schema: "domesticabuse");
        }
    }
}
