using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Bench.Probe.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "benchprobe",
                table: "received",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "benchprobe",
                table: "received");
        }
    }
}
