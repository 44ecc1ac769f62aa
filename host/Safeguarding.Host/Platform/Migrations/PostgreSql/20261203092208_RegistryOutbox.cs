using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Safeguarding.Host.Platform.Migrations.PostgreSql
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
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<long>(type: "bigint", nullable: false),
                    DispatchedAt = table.Column<long>(type: "bigint", nullable: true),
                    RelayAttempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
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
