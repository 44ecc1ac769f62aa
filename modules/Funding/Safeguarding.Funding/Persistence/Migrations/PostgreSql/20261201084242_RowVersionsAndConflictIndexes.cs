using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Funding.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "funding",
                table: "partners",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "funding",
                table: "income",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "funding",
                table: "financial_years",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "funding",
                table: "expenditure",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "funding",
                table: "budget",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "funding",
                table: "partners");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "funding",
                table: "income");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "funding",
                table: "financial_years");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "funding",
                table: "expenditure");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "funding",
                table: "budget");
        }
    }
}
