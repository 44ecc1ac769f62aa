using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.DomesticAbuse.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SchoolHolidayPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "school_holiday_periods",
                schema: "domesticabuse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SettingId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_school_holiday_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_school_holiday_periods_education_settings_SettingId",
                        column: x => x.SettingId,
                        principalSchema: "domesticabuse",
                        principalTable: "education_settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_school_holiday_periods_LastDay",
                schema: "domesticabuse",
                table: "school_holiday_periods",
                column: "LastDay");

            migrationBuilder.CreateIndex(
                name: "IX_school_holiday_periods_SettingId_FirstDay",
                schema: "domesticabuse",
                table: "school_holiday_periods",
                columns: new[] { "SettingId", "FirstDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "school_holiday_periods",
                schema: "domesticabuse");
        }
    }
}
