using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Governance.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Section11SelfAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "section11_self_assessments",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_section11_self_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_section11_self_assessments_partners_PartnerId",
                        column: x => x.PartnerId,
                        principalSchema: "governance",
                        principalTable: "partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "section11_ratings",
                schema: "governance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfAssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Standard = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_section11_ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_section11_ratings_section11_self_assessments_SelfAssessmentId",
                        column: x => x.SelfAssessmentId,
                        principalSchema: "governance",
                        principalTable: "section11_self_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_section11_ratings_SelfAssessmentId_Standard",
                schema: "governance",
                table: "section11_ratings",
                columns: new[] { "SelfAssessmentId", "Standard" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_section11_self_assessments_PartnerId_Year",
                schema: "governance",
                table: "section11_self_assessments",
                columns: new[] { "PartnerId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "section11_ratings",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "section11_self_assessments",
                schema: "governance");
        }
    }
}
