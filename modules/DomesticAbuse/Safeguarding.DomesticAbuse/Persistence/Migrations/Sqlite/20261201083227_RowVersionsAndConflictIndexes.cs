using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.DomesticAbuse.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_education_settings_Name",
                schema: "domesticabuse",
                table: "education_settings");

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "routine_enquiries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "published_children_figures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "protection_notices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "notice_children",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "notice_adults",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "marac_referrals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "marac_actions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "hospital_alerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "encompass_notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                schema: "domesticabuse",
                table: "education_settings",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                schema: "domesticabuse",
                table: "education_settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "education_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "dash_assessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "child_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "adults",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "agencies",
                schema: "domesticabuse",
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

            migrationBuilder.CreateIndex(
                name: "IX_hospital_alerts_active_per_child",
                schema: "domesticabuse",
                table: "hospital_alerts",
                column: "SubjectId",
                unique: true,
                filter: "\"RemovedOn\" IS NULL");

            // Existing rows get their name's key (ReferenceName.Key). A name that differs from an earlier one only in letter
            // case or spacing gets its id added, so that the unique index can be built; an administrator then renames or
            // retires the duplicate.
            migrationBuilder.Sql(@"UPDATE education_settings SET NameKey = UPPER(REPLACE(REPLACE(REPLACE(TRIM(Name), '  ', ' '), '  ', ' '), '’', ''''));");
            migrationBuilder.Sql(@"UPDATE education_settings SET NameKey = NameKey || ' #' || Id WHERE EXISTS (SELECT 1 FROM education_settings AS earlier WHERE earlier.NameKey = education_settings.NameKey AND earlier.Id < education_settings.Id);");

            migrationBuilder.CreateIndex(
                name: "IX_education_settings_NameKey",
                schema: "domesticabuse",
                table: "education_settings",
                column: "NameKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agencies",
                schema: "domesticabuse");

            migrationBuilder.DropIndex(
                name: "IX_hospital_alerts_active_per_child",
                schema: "domesticabuse",
                table: "hospital_alerts");

            migrationBuilder.DropIndex(
                name: "IX_education_settings_NameKey",
                schema: "domesticabuse",
                table: "education_settings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "routine_enquiries");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "published_children_figures");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "protection_notices");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "notice_children");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "notice_adults");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "marac_referrals");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "marac_actions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "hospital_alerts");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "encompass_notifications");

            migrationBuilder.DropColumn(
                name: "NameKey",
                schema: "domesticabuse",
                table: "education_settings");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                schema: "domesticabuse",
                table: "education_settings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "education_settings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "dash_assessments");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "child_settings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "adults");

            migrationBuilder.CreateIndex(
                name: "IX_education_settings_Name",
                schema: "domesticabuse",
                table: "education_settings",
                column: "Name",
                unique: true);
        }
    }
}
