using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Tests.Integration.SubscriberModule.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "testsubscriber",
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
                schema: "testsubscriber",
                table: "received");
        }
    }
}
