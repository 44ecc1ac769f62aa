using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Host.Platform.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IdentityRegistryPeopleAndMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "IdentityVersion",
                schema: "platform",
                table: "subjects",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "KeysHashedAt",
                schema: "platform",
                table: "subjects",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedInto",
                schema: "platform",
                table: "subjects",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "possible_duplicates",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    ProtectedReasons = table.Column<string>(type: "text", nullable: false),
                    RaisedInModule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MergeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_possible_duplicates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_secrets",
                schema: "platform",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProtectedValue = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "subject_key_hashes",
                schema: "platform",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_key_hashes", x => new { x.SubjectId, x.KeyHash });
                });

            migrationBuilder.CreateTable(
                name: "subject_merges",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AbsorbedId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MergedAt = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SeparatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SeparatedAt = table.Column<long>(type: "bigint", nullable: true),
                    SeparationReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subject_merges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_subjects_MergedInto",
                schema: "platform",
                table: "subjects",
                column: "MergedInto");

            migrationBuilder.CreateIndex(
                name: "IX_possible_duplicates_CandidateId",
                schema: "platform",
                table: "possible_duplicates",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_possible_duplicates_Status",
                schema: "platform",
                table: "possible_duplicates",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_possible_duplicates_SubjectId_CandidateId",
                schema: "platform",
                table: "possible_duplicates",
                columns: new[] { "SubjectId", "CandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subject_key_hashes_KeyHash",
                schema: "platform",
                table: "subject_key_hashes",
                column: "KeyHash");

            migrationBuilder.CreateIndex(
                name: "IX_subject_merges_AbsorbedId",
                schema: "platform",
                table: "subject_merges",
                column: "AbsorbedId");

            migrationBuilder.CreateIndex(
                name: "IX_subject_merges_SurvivorId",
                schema: "platform",
                table: "subject_merges",
                column: "SurvivorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "possible_duplicates",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "registry_secrets",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "subject_key_hashes",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "subject_merges",
                schema: "platform");

            migrationBuilder.DropIndex(
                name: "IX_subjects_MergedInto",
                schema: "platform",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "IdentityVersion",
                schema: "platform",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "KeysHashedAt",
                schema: "platform",
                table: "subjects");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                schema: "platform",
                table: "subjects");
        }
    }
}
