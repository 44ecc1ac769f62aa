using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Governance.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReadableRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_meetings_BodyId",
                schema: "governance",
                table: "meetings");

            migrationBuilder.CreateTable(
                name: "meeting_attendances",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_attendances_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "governance",
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_meeting_attendances_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_reflections",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_reflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_reflections_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_training_reflections_training_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "governance",
                        principalTable: "training_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_BodyId_HeldOn",
                schema: "governance",
                table: "meetings",
                columns: new[] { "BodyId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_meetings_HeldOn",
                schema: "governance",
                table: "meetings",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendances_MeetingId_PartnerId_Role",
                schema: "governance",
                table: "meeting_attendances",
                columns: new[] { "MeetingId", "PartnerId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendances_PartnerId",
                schema: "governance",
                table: "meeting_attendances",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_training_reflections_PartnerId",
                schema: "governance",
                table: "training_reflections",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_training_reflections_SessionId_WrittenOn",
                schema: "governance",
                table: "training_reflections",
                columns: new[] { "SessionId", "WrittenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_reflections_WrittenOn",
                schema: "governance",
                table: "training_reflections",
                column: "WrittenOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_attendances",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "training_reflections",
                schema: "governance");

            migrationBuilder.DropIndex(
                name: "IX_meetings_BodyId_HeldOn",
                schema: "governance",
                table: "meetings");

            migrationBuilder.DropIndex(
                name: "IX_meetings_HeldOn",
                schema: "governance",
                table: "meetings");

            migrationBuilder.CreateIndex(
                name: "IX_meetings_BodyId",
                schema: "governance",
                table: "meetings",
                column: "BodyId");
        }
    }
}
