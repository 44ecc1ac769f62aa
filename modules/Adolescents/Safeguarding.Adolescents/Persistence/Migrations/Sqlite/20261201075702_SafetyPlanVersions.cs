using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Adolescents.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SafetyPlanVersions : Migration
    {
        /// <inheritdoc />
        /// <remarks>
        /// Each existing plan becomes its own version 1, under the plan's id, so that its risks and actions, which
        /// pointed at the plan, point at that version with their ids unchanged. Nothing is deleted. Every step is one
        /// SQLite can take inside the migration's transaction (no table rebuild): the risks and actions are copied into
        /// tables of their new shape, which then take the old tables' names, and the plan's moved columns are dropped
        /// in place.
        /// </remarks>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "safety_plan_versions",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_versions_safety_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_versions_PlanId_Number",
                schema: "adolescents",
                table: "safety_plan_versions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.Sql(
                """
                INSERT INTO "safety_plan_versions" ("Id", "PlanId", "Number", "ReviewOn", "SavedAt", "SavedBy")
                SELECT "Id", "Id", 1, "ReviewOn", "UpdatedAt", "UpdatedBy" FROM "safety_plans";
                """);

            migrationBuilder.AddColumn<int>(
                name: "CurrentVersion",
                schema: "adolescents",
                table: "safety_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("""UPDATE "safety_plans" SET "CurrentVersion" = 1;""");

            migrationBuilder.CreateTable(
                name: "safety_plan_risks_next",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_risks_safety_plan_versions_VersionId",
                        column: x => x.VersionId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plan_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "safety_plan_actions_next",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_actions_safety_plan_versions_VersionId",
                        column: x => x.VersionId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plan_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.Sql(
                """
                INSERT INTO "safety_plan_risks_next" ("Id", "VersionId", "Description", "Level")
                SELECT "Id", "PlanId", "Description", "Level" FROM "safety_plan_risks";
                INSERT INTO "safety_plan_actions_next" ("Id", "VersionId", "Action", "OwnerAgency", "DueOn", "DoneOn")
                SELECT "Id", "PlanId", "Action", "OwnerAgency", "DueOn", "DoneOn" FROM "safety_plan_actions";
                """);

            migrationBuilder.DropTable(
                name: "safety_plan_risks",
                schema: "adolescents");

            migrationBuilder.RenameTable(
                name: "safety_plan_risks_next",
                schema: "adolescents",
                newName: "safety_plan_risks",
                newSchema: "adolescents");

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_risks_VersionId",
                schema: "adolescents",
                table: "safety_plan_risks",
                column: "VersionId");

            migrationBuilder.DropTable(
                name: "safety_plan_actions",
                schema: "adolescents");

            migrationBuilder.RenameTable(
                name: "safety_plan_actions_next",
                schema: "adolescents",
                newName: "safety_plan_actions",
                newSchema: "adolescents");

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_actions_VersionId",
                schema: "adolescents",
                table: "safety_plan_actions",
                column: "VersionId");

            // SQLite drops a column in place (3.35 and later); EF Core would rebuild the table outside the transaction.
            migrationBuilder.Sql("""ALTER TABLE "safety_plans" DROP COLUMN "ReviewOn";""");
            migrationBuilder.Sql("""ALTER TABLE "safety_plans" DROP COLUMN "UpdatedAt";""");
            migrationBuilder.Sql("""ALTER TABLE "safety_plans" DROP COLUMN "UpdatedBy";""");
        }

        /// <inheritdoc />
        /// <remarks>
        /// Going back to one plan per young person keeps each plan's current version: the earlier versions, with their
        /// risks and actions, cannot be represented there and are lost.
        /// </remarks>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewOn",
                schema: "adolescents",
                table: "safety_plans",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                schema: "adolescents",
                table: "safety_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                schema: "adolescents",
                table: "safety_plans",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE "safety_plans" SET
                  "ReviewOn" = (SELECT v."ReviewOn" FROM "safety_plan_versions" v WHERE v."PlanId" = "safety_plans"."Id" AND v."Number" = "safety_plans"."CurrentVersion"),
                  "UpdatedAt" = (SELECT v."SavedAt" FROM "safety_plan_versions" v WHERE v."PlanId" = "safety_plans"."Id" AND v."Number" = "safety_plans"."CurrentVersion"),
                  "UpdatedBy" = (SELECT v."SavedBy" FROM "safety_plan_versions" v WHERE v."PlanId" = "safety_plans"."Id" AND v."Number" = "safety_plans"."CurrentVersion");
                """);

            migrationBuilder.CreateTable(
                name: "safety_plan_risks_next",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_risks_safety_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "safety_plan_actions_next",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_safety_plan_actions_safety_plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "adolescents",
                        principalTable: "safety_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(
                """
                INSERT INTO "safety_plan_risks_next" ("Id", "PlanId", "Description", "Level")
                SELECT r."Id", v."PlanId", r."Description", r."Level" FROM "safety_plan_risks" r
                JOIN "safety_plan_versions" v ON v."Id" = r."VersionId" JOIN "safety_plans" p ON p."Id" = v."PlanId" AND p."CurrentVersion" = v."Number";
                INSERT INTO "safety_plan_actions_next" ("Id", "PlanId", "Action", "OwnerAgency", "DueOn", "DoneOn")
                SELECT a."Id", v."PlanId", a."Action", a."OwnerAgency", a."DueOn", a."DoneOn" FROM "safety_plan_actions" a
                JOIN "safety_plan_versions" v ON v."Id" = a."VersionId" JOIN "safety_plans" p ON p."Id" = v."PlanId" AND p."CurrentVersion" = v."Number";
                """);

            migrationBuilder.DropTable(
                name: "safety_plan_risks",
                schema: "adolescents");

            migrationBuilder.RenameTable(
                name: "safety_plan_risks_next",
                schema: "adolescents",
                newName: "safety_plan_risks",
                newSchema: "adolescents");

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_risks_PlanId",
                schema: "adolescents",
                table: "safety_plan_risks",
                column: "PlanId");

            migrationBuilder.DropTable(
                name: "safety_plan_actions",
                schema: "adolescents");

            migrationBuilder.RenameTable(
                name: "safety_plan_actions_next",
                schema: "adolescents",
                newName: "safety_plan_actions",
                newSchema: "adolescents");

            migrationBuilder.CreateIndex(
                name: "IX_safety_plan_actions_PlanId",
                schema: "adolescents",
                table: "safety_plan_actions",
                column: "PlanId");

            migrationBuilder.DropTable(
                name: "safety_plan_versions",
                schema: "adolescents");

            migrationBuilder.Sql("""ALTER TABLE "safety_plans" DROP COLUMN "CurrentVersion";""");
        }
    }
}
