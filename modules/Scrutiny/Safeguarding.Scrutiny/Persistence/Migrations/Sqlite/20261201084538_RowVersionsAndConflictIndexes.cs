using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Scrutiny.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersionsAndConflictIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "scrutiny",
                table: "recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "scrutiny",
                table: "recommendation_changes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "scrutiny",
                table: "published_figures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "scrutiny",
                table: "facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "scrutiny",
                table: "data_suppliers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "scrutiny",
                table: "data_returns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "scrutiny",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "scrutiny",
                table: "recommendation_changes");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "scrutiny",
                table: "published_figures");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "scrutiny",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "scrutiny",
                table: "data_suppliers");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "scrutiny",
                table: "data_returns");
        }
    }
}
