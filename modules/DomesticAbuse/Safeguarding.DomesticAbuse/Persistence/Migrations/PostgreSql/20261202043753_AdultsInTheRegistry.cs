using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.DomesticAbuse.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AdultsInTheRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                schema: "domesticabuse",
                table: "adults",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_adults_SubjectId",
                schema: "domesticabuse",
                table: "adults",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_adults_SubjectId",
                schema: "domesticabuse",
                table: "adults");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                schema: "domesticabuse",
                table: "adults");
        }
    }
}
