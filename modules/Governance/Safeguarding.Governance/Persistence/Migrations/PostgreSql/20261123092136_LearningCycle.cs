using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Governance.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LearningCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_audits",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quarter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RepeatOfAuditId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_audits_case_audits_RepeatOfAuditId",
                        column: x => x.RepeatOfAuditId,
                        principalSchema: "governance",
                        principalTable: "case_audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disagreements",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedByPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgainstPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StageStartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StageDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverdueAnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disagreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_disagreements_partners_AgainstPartnerId",
                        column: x => x.AgainstPartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_disagreements_partners_RaisedByPartnerId",
                        column: x => x.RaisedByPartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "improvement_plans",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OwnerPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_improvement_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_improvement_plans_partners_OwnerPartnerId",
                        column: x => x.OwnerPartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    RapidReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeadlineOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueAnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviews_reviews_RapidReviewId",
                        column: x => x.RapidReviewId,
                        principalSchema: "governance",
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "school_audit_answers",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Setting = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Answer = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_audit_answers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scorecard_reviews",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Quarter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scorecard_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_courses",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_audit_agencies",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuditId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Finding = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_audit_agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_audit_agencies_case_audits_AuditId",
                        column: x => x.AuditId,
                        principalSchema: "governance",
                        principalTable: "case_audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_case_audit_agencies_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "escalation_steps",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisagreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalation_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_escalation_steps_disagreements_DisagreementId",
                        column: x => x.DisagreementId,
                        principalSchema: "governance",
                        principalTable: "disagreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_outcomes",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_outcomes_improvement_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "governance",
                        principalTable: "improvement_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_actions",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompletionEvidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_actions_bodies_OwnerBodyId",
                        column: x => x.OwnerBodyId,
                        principalSchema: "governance",
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_review_actions_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "governance",
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_agreements",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_agreements_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_review_agreements_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "governance",
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_findings",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_findings_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "governance",
                        principalTable: "reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "voice_recommendations",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voice_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_voice_recommendations_scorecard_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalSchema: "governance",
                        principalTable: "scorecard_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_sessions",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReflectionsRequestedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_sessions_training_courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "governance",
                        principalTable: "training_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_activities",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Support = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_activities_plan_outcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalSchema: "governance",
                        principalTable: "plan_outcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_scores",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Forms = table.Column<int>(type: "integer", nullable: false),
                    Average = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_scores_training_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "governance",
                        principalTable: "training_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_attendances",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Attendees = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_session_attendances_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_session_attendances_training_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "governance",
                        principalTable: "training_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_milestones",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerPartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Benefits = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_milestones_partners_OwnerPartnerId",
                        column: x => x.OwnerPartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_milestones_plan_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalSchema: "governance",
                        principalTable: "plan_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_audit_agencies_AuditId_PartnerId",
                schema: "governance",
                table: "case_audit_agencies",
                columns: new[] { "AuditId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_audit_agencies_PartnerId",
                schema: "governance",
                table: "case_audit_agencies",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_case_audits_RepeatOfAuditId",
                schema: "governance",
                table: "case_audits",
                column: "RepeatOfAuditId");

            migrationBuilder.CreateIndex(
                name: "IX_disagreements_AgainstPartnerId",
                schema: "governance",
                table: "disagreements",
                column: "AgainstPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_disagreements_RaisedByPartnerId",
                schema: "governance",
                table: "disagreements",
                column: "RaisedByPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_disagreements_ResolvedOn_StageDueOn",
                schema: "governance",
                table: "disagreements",
                columns: new[] { "ResolvedOn", "StageDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_escalation_steps_DisagreementId_Sequence",
                schema: "governance",
                table: "escalation_steps",
                columns: new[] { "DisagreementId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_scores_SessionId",
                schema: "governance",
                table: "evaluation_scores",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_improvement_plans_OwnerPartnerId",
                schema: "governance",
                table: "improvement_plans",
                column: "OwnerPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_activities_OutcomeId",
                schema: "governance",
                table: "plan_activities",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_milestones_ActivityId",
                schema: "governance",
                table: "plan_milestones",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_milestones_OwnerPartnerId",
                schema: "governance",
                table: "plan_milestones",
                column: "OwnerPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_outcomes_PlanId",
                schema: "governance",
                table: "plan_outcomes",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_review_actions_OwnerBodyId",
                schema: "governance",
                table: "review_actions",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_review_actions_ReviewId",
                schema: "governance",
                table: "review_actions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_review_actions_Status_DueDate",
                schema: "governance",
                table: "review_actions",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_review_agreements_PartnerId",
                schema: "governance",
                table: "review_agreements",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_review_agreements_ReviewId_PartnerId",
                schema: "governance",
                table: "review_agreements",
                columns: new[] { "ReviewId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_findings_ReviewId",
                schema: "governance",
                table: "review_findings",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_DecidedOn_DeadlineOn",
                schema: "governance",
                table: "reviews",
                columns: new[] { "DecidedOn", "DeadlineOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_RapidReviewId",
                schema: "governance",
                table: "reviews",
                column: "RapidReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_Reference",
                schema: "governance",
                table: "reviews",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_school_audit_answers_Year_Setting_Question",
                schema: "governance",
                table: "school_audit_answers",
                columns: new[] { "Year", "Setting", "Question" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scorecard_reviews_Quarter",
                schema: "governance",
                table: "scorecard_reviews",
                column: "Quarter",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_session_attendances_PartnerId",
                schema: "governance",
                table: "session_attendances",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_session_attendances_SessionId",
                schema: "governance",
                table: "session_attendances",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_training_courses_Title",
                schema: "governance",
                table: "training_courses",
                column: "Title",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_CourseId",
                schema: "governance",
                table: "training_sessions",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_voice_recommendations_ReviewId",
                schema: "governance",
                table: "voice_recommendations",
                column: "ReviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_audit_agencies",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "escalation_steps",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "evaluation_scores",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "plan_milestones",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "review_actions",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "review_agreements",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "review_findings",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "school_audit_answers",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "session_attendances",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "voice_recommendations",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "case_audits",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "disagreements",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "plan_activities",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "training_sessions",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "scorecard_reviews",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "plan_outcomes",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "training_courses",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "improvement_plans",
                schema: "governance");
        }
    }
}
