using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.DomesticAbuse.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RowVersionsOnNewRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "school_holiday_periods",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "domesticabuse",
                table: "school_holiday_periods");
        }
    }
}
