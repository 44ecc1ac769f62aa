using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Adolescents.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RowVersionsOnNewRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plan_versions",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "adolescents",
                table: "safety_plan_versions");
        }
    }
}
