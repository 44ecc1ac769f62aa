using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Host.Platform.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RegistryHouseholdsAndRelationships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HouseholdIndexedAt",
                schema: "platform",
                table: "subjects",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "household_addresses",
                schema: "platform",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddressHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    To = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_addresses", x => new { x.SubjectId, x.AddressHash });
                });

            migrationBuilder.CreateTable(
                name: "person_relationships",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedInModule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    EndedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EndReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_relationships", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_household_addresses_AddressHash",
                schema: "platform",
                table: "household_addresses",
                column: "AddressHash");

            migrationBuilder.CreateIndex(
                name: "IX_person_relationships_RelativeId",
                schema: "platform",
                table: "person_relationships",
                column: "RelativeId");

            migrationBuilder.CreateIndex(
                name: "IX_person_relationships_SubjectId",
                schema: "platform",
                table: "person_relationships",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "household_addresses",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "person_relationships",
                schema: "platform");

            migrationBuilder.DropColumn(
                name: "HouseholdIndexedAt",
                schema: "platform",
                table: "subjects");
        }
    }
}
