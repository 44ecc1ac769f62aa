using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Csa.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "workshop_training",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "support_referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "sexual_abuse_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "indicator_categories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "hsb_incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "hospital_safeguarded_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "discussion_flags",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "csa",
                table: "awareness_activities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "agencies",
                schema: "csa",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agencies", x => x.PartnerId);
                });

            migrationBuilder.UpdateData(
                schema: "csa",
                table: "indicator_categories",
                keyColumn: "Code",
                keyValue: "ABUSIVE_BEHAVIOUR",
                column: "RowVersion",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "csa",
                table: "indicator_categories",
                keyColumn: "Code",
                keyValue: "CHILD_STATEMENTS",
                column: "RowVersion",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "csa",
                table: "indicator_categories",
                keyColumn: "Code",
                keyValue: "CIRCUMSTANCES",
                column: "RowVersion",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "csa",
                table: "indicator_categories",
                keyColumn: "Code",
                keyValue: "EMOTIONAL_BEHAVIOURAL",
                column: "RowVersion",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "csa",
                table: "indicator_categories",
                keyColumn: "Code",
                keyValue: "PHYSICAL",
                column: "RowVersion",
                value: 0);

            migrationBuilder.UpdateData(
                schema: "csa",
                table: "indicator_categories",
                keyColumn: "Code",
                keyValue: "SEXUAL_BEHAVIOUR",
                column: "RowVersion",
                value: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agencies",
                schema: "csa");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "workshop_training");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "support_referrals");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "sexual_abuse_plans");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "indicator_categories");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "hsb_incidents");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "hospital_safeguarded_cases");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "discussion_flags");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "csa",
                table: "awareness_activities");
        }
    }
}
