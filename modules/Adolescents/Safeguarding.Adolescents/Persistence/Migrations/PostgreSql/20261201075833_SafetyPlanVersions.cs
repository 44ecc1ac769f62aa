using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Adolescents.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SafetyPlanVersions : Migration
    {
        /// <inheritdoc />
        /// <remarks>
        /// Each existing plan becomes its own version 1, under the plan's id, so that its risks and actions, which
        /// pointed at the plan, now point at that version without being rewritten. Nothing is deleted.
        /// </remarks>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "safety_plan_versions",
                schema: "adolescents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SavedAt = table.Column<long>(type: "bigint", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                INSERT INTO adolescents."safety_plan_versions" ("Id", "PlanId", "Number", "ReviewOn", "SavedAt", "SavedBy")
                SELECT "Id", "Id", 1, "ReviewOn", "UpdatedAt", "UpdatedBy" FROM adolescents."safety_plans";
                """);

            migrationBuilder.AddColumn<int>(
                name: "CurrentVersion",
                schema: "adolescents",
                table: "safety_plans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("""UPDATE adolescents."safety_plans" SET "CurrentVersion" = 1;""");

            migrationBuilder.DropForeignKey(
                name: "FK_safety_plan_actions_safety_plans_PlanId",
                schema: "adolescents",
                table: "safety_plan_actions");

            migrationBuilder.DropForeignKey(
                name: "FK_safety_plan_risks_safety_plans_PlanId",
                schema: "adolescents",
                table: "safety_plan_risks");

            migrationBuilder.RenameColumn(
                name: "PlanId",
                schema: "adolescents",
                table: "safety_plan_risks",
                newName: "VersionId");

            migrationBuilder.RenameIndex(
                name: "IX_safety_plan_risks_PlanId",
                schema: "adolescents",
                table: "safety_plan_risks",
                newName: "IX_safety_plan_risks_VersionId");

            migrationBuilder.RenameColumn(
                name: "PlanId",
                schema: "adolescents",
                table: "safety_plan_actions",
                newName: "VersionId");

            migrationBuilder.RenameIndex(
                name: "IX_safety_plan_actions_PlanId",
                schema: "adolescents",
                table: "safety_plan_actions",
                newName: "IX_safety_plan_actions_VersionId");

            migrationBuilder.AddForeignKey(
                name: "FK_safety_plan_actions_safety_plan_versions_VersionId",
                schema: "adolescents",
                table: "safety_plan_actions",
                column: "VersionId",
                principalSchema: "adolescents",
                principalTable: "safety_plan_versions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_safety_plan_risks_safety_plan_versions_VersionId",
                schema: "adolescents",
                table: "safety_plan_risks",
                column: "VersionId",
                principalSchema: "adolescents",
                principalTable: "safety_plan_versions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.DropColumn(
                name: "ReviewOn",
                schema: "adolescents",
                table: "safety_plans");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                schema: "adolescents",
                table: "safety_plans");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                schema: "adolescents",
                table: "safety_plans");
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
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                schema: "adolescents",
                table: "safety_plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                schema: "adolescents",
                table: "safety_plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(
                """
                UPDATE adolescents."safety_plans" SET
                  "ReviewOn" = (SELECT v."ReviewOn" FROM adolescents."safety_plan_versions" v WHERE v."PlanId" = adolescents."safety_plans"."Id" AND v."Number" = adolescents."safety_plans"."CurrentVersion"),
                  "UpdatedAt" = (SELECT v."SavedAt" FROM adolescents."safety_plan_versions" v WHERE v."PlanId" = adolescents."safety_plans"."Id" AND v."Number" = adolescents."safety_plans"."CurrentVersion"),
                  "UpdatedBy" = (SELECT v."SavedBy" FROM adolescents."safety_plan_versions" v WHERE v."PlanId" = adolescents."safety_plans"."Id" AND v."Number" = adolescents."safety_plans"."CurrentVersion");
                DELETE FROM adolescents."safety_plan_risks" WHERE "VersionId" NOT IN
                  (SELECT v."Id" FROM adolescents."safety_plan_versions" v JOIN adolescents."safety_plans" p ON p."Id" = v."PlanId" AND p."CurrentVersion" = v."Number");
                DELETE FROM adolescents."safety_plan_actions" WHERE "VersionId" NOT IN
                  (SELECT v."Id" FROM adolescents."safety_plan_versions" v JOIN adolescents."safety_plans" p ON p."Id" = v."PlanId" AND p."CurrentVersion" = v."Number");
                UPDATE adolescents."safety_plan_risks" SET "VersionId" = (SELECT v."PlanId" FROM adolescents."safety_plan_versions" v WHERE v."Id" = adolescents."safety_plan_risks"."VersionId");
                UPDATE adolescents."safety_plan_actions" SET "VersionId" = (SELECT v."PlanId" FROM adolescents."safety_plan_versions" v WHERE v."Id" = adolescents."safety_plan_actions"."VersionId");
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_safety_plan_actions_safety_plan_versions_VersionId",
                schema: "adolescents",
                table: "safety_plan_actions");

            migrationBuilder.DropForeignKey(
                name: "FK_safety_plan_risks_safety_plan_versions_VersionId",
                schema: "adolescents",
                table: "safety_plan_risks");

            migrationBuilder.RenameColumn(
                name: "VersionId",
                schema: "adolescents",
                table: "safety_plan_risks",
                newName: "PlanId");

            migrationBuilder.RenameIndex(
                name: "IX_safety_plan_risks_VersionId",
                schema: "adolescents",
                table: "safety_plan_risks",
                newName: "IX_safety_plan_risks_PlanId");

            migrationBuilder.RenameColumn(
                name: "VersionId",
                schema: "adolescents",
                table: "safety_plan_actions",
                newName: "PlanId");

            migrationBuilder.RenameIndex(
                name: "IX_safety_plan_actions_VersionId",
                schema: "adolescents",
                table: "safety_plan_actions",
                newName: "IX_safety_plan_actions_PlanId");

            migrationBuilder.AddForeignKey(
                name: "FK_safety_plan_actions_safety_plans_PlanId",
                schema: "adolescents",
                table: "safety_plan_actions",
                column: "PlanId",
                principalSchema: "adolescents",
                principalTable: "safety_plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_safety_plan_risks_safety_plans_PlanId",
                schema: "adolescents",
                table: "safety_plan_risks",
                column: "PlanId",
                principalSchema: "adolescents",
                principalTable: "safety_plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.DropTable(
                name: "safety_plan_versions",
                schema: "adolescents");

            migrationBuilder.DropColumn(
                name: "CurrentVersion",
                schema: "adolescents",
                table: "safety_plans");
        }
    }
}
