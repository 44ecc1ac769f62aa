using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Adolescents.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AdultsOfConcernInTheRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "adolescents",
                table: "adults_of_concern",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                schema: "adolescents",
                table: "adults_of_concern",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_adults_of_concern_SubjectId",
                schema: "adolescents",
                table: "adults_of_concern",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_adults_of_concern_SubjectId",
                schema: "adolescents",
                table: "adults_of_concern");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                schema: "adolescents",
                table: "adults_of_concern");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                schema: "adolescents",
                table: "adults_of_concern",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
