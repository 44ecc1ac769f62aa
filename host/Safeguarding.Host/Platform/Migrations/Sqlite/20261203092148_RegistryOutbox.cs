using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Host.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "platform",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RelayAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DispatchedAt",
                schema: "platform",
                table: "outbox",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Id",
                schema: "platform",
                table: "outbox",
                column: "Id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox",
                schema: "platform");
        }
    }
}
