using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Neglect.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assessments_CorrectsAssessmentId",
                schema: "neglect",
                table: "assessments");

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "training_reach",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "templates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "template_sub_areas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "template_areas",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "sub_area_grades",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "family_plan_actions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "dental_extractions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "child_protection_plans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "neglect",
                table: "assessments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_training_reach_Year_Topic",
                schema: "neglect",
                table: "training_reach",
                columns: new[] { "Year", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_open_per_child",
                schema: "neglect",
                table: "child_protection_plans",
                column: "SubjectId",
                unique: true,
                filter: "\"EndedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_CorrectsAssessmentId",
                schema: "neglect",
                table: "assessments",
                column: "CorrectsAssessmentId",
                unique: true,
                filter: "\"CorrectsAssessmentId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_training_reach_Year_Topic",
                schema: "neglect",
                table: "training_reach");

            migrationBuilder.DropIndex(
                name: "IX_child_protection_plans_open_per_child",
                schema: "neglect",
                table: "child_protection_plans");

            migrationBuilder.DropIndex(
                name: "IX_assessments_CorrectsAssessmentId",
                schema: "neglect",
                table: "assessments");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "training_reach");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "templates");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "template_sub_areas");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "template_areas");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "sub_area_grades");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "family_plan_actions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "dental_extractions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "neglect",
                table: "assessments");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_CorrectsAssessmentId",
                schema: "neglect",
                table: "assessments",
                column: "CorrectsAssessmentId");
        }
    }
}
