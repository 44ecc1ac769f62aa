using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Safeguarding.Scrutiny.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedFiguresThatCountPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CountsPeople",
                schema: "scrutiny",
                table: "published_figures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Published figures were only ever seeded from the annual report: its counts are of children and of reviews of
            // harm to one, except the workforce's (staff trained, forms) and quality assurance's (audits, disagreements).
            migrationBuilder.Sql(
                """
                UPDATE "published_figures" SET "CountsPeople" = 1
                WHERE "Unit" = 'Count' AND "Section" NOT IN ('Workforce development', 'Quality assurance');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CountsPeople",
                schema: "scrutiny",
                table: "published_figures");
        }
    }
}
