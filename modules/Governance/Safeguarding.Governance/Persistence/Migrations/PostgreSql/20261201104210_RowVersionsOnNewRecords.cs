using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Governance.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RowVersionsOnNewRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "training_reflections",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "governance",
                table: "meeting_attendances",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "training_reflections");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "governance",
                table: "meeting_attendances");
        }
    }
}
