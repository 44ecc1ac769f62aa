using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Governance.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_partners_Name",
                schema: "governance",
                table: "partners");

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "voice_recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "training_sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "training_courses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "session_attendances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "section11_self_assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "section11_ratings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "scorecard_reviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "school_audit_answers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "reviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "review_findings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "review_agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "review_actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "priorities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "plan_outcomes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "plan_milestones",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "plan_activities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                schema: "governance",
                table: "partners",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                schema: "governance",
                table: "partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "memberships",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "improvement_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "evaluation_scores",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "escalation_steps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "disagreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "case_audits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "case_audit_agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "bodies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing rows get their name's key (ReferenceName.Key). A name that differs from an earlier one only in letter
            // case or spacing gets its id added, so that the unique index can be built; an administrator then renames or
            // retires the duplicate.
            migrationBuilder.Sql(@"UPDATE partners SET NameKey = UPPER(REPLACE(REPLACE(REPLACE(TRIM(Name), '  ', ' '), '  ', ' '), '’', ''''));");
            migrationBuilder.Sql(@"UPDATE partners SET NameKey = NameKey || ' #' || Id WHERE EXISTS (SELECT 1 FROM partners AS earlier WHERE earlier.NameKey = partners.NameKey AND earlier.Id < partners.Id);");

            migrationBuilder.CreateIndex(
                name: "IX_partners_NameKey",
                schema: "governance",
                table: "partners",
                column: "NameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_memberships_one_chair_per_body",
                schema: "governance",
                table: "memberships",
                column: "BodyId",
                unique: true,
                filter: "\"IsChair\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_partners_NameKey",
                schema: "governance",
                table: "partners");

            migrationBuilder.DropIndex(
                name: "IX_memberships_one_chair_per_body",
                schema: "governance",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "voice_recommendations");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "training_sessions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "training_courses");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "session_attendances");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "section11_self_assessments");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "section11_ratings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "scorecard_reviews");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "school_audit_answers");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "reviews");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "review_findings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "review_agreements");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "review_actions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "priorities");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "plan_outcomes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "plan_milestones");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "plan_activities");

            migrationBuilder.DropColumn(
                name: "NameKey",
                schema: "governance",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                schema: "governance",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "improvement_plans");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "evaluation_scores");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "escalation_steps");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "disagreements");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "case_audits");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "case_audit_agencies");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "bodies");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "actions");

            migrationBuilder.CreateIndex(
                name: "IX_partners_Name",
                schema: "governance",
                table: "partners",
                column: "Name",
                unique: true);
        }
    }
}
