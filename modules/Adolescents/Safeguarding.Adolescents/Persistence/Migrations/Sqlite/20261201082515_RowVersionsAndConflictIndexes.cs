using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Adolescents.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plan_risks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plan_actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                schema: "adolescents",
                table: "partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "partners",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "missing_episodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "locations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "intelligence_links",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "exploitation_concerns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "daily_briefings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "custody_episodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "briefing_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "agreed_responses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "adults_of_concern",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_open_per_young_person",
                schema: "adolescents",
                table: "missing_episodes",
                column: "SubjectId",
                unique: true,
                filter: "\"ReturnedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_missing_episodes_open_per_young_person",
                schema: "adolescents",
                table: "missing_episodes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plans");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plan_risks");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plan_actions");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                schema: "adolescents",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "missing_episodes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "intelligence_links");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "exploitation_concerns");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "daily_briefings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "custody_episodes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "briefing_entries");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "agreed_responses");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "adults_of_concern");
        }
    }
}
