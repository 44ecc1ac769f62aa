using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Safeguarding.Host.Platform.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OneOffBankHolidays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "one_off_bank_holidays",
                schema: "platform",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Replaces = table.Column<DateOnly>(type: "date", nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_one_off_bank_holidays", x => x.Date);
                });

            migrationBuilder.InsertData(
                schema: "platform",
                table: "one_off_bank_holidays",
                columns: new[] { "Date", "AddedAt", "AddedBy", "Name", "Replaces" },
                values: new object[,]
                {
                    { new DateOnly(1995, 5, 8), null, "Published history (GOV.UK)", "Early May bank holiday (VE day)", new DateOnly(1995, 5, 1) },
                    { new DateOnly(1999, 12, 31), null, "Published history (GOV.UK)", "Millennium bank holiday", null },
                    { new DateOnly(2002, 6, 3), null, "Published history (GOV.UK)", "Golden Jubilee bank holiday", null },
                    { new DateOnly(2002, 6, 4), null, "Published history (GOV.UK)", "Spring bank holiday", new DateOnly(2002, 5, 27) },
                    { new DateOnly(2011, 4, 29), null, "Published history (GOV.UK)", "Royal wedding", null },
                    { new DateOnly(2012, 6, 4), null, "Published history (GOV.UK)", "Spring bank holiday", new DateOnly(2012, 5, 28) },
                    { new DateOnly(2012, 6, 5), null, "Published history (GOV.UK)", "Queen's Diamond Jubilee", null },
                    { new DateOnly(2020, 5, 8), null, "Published history (GOV.UK)", "Early May bank holiday (VE day)", new DateOnly(2020, 5, 4) },
                    { new DateOnly(2022, 6, 2), null, "Published history (GOV.UK)", "Spring bank holiday", new DateOnly(2022, 5, 30) },
                    { new DateOnly(2022, 6, 3), null, "Published history (GOV.UK)", "Platinum Jubilee bank holiday", null },
                    { new DateOnly(2022, 9, 19), null, "Published history (GOV.UK)", "Bank Holiday for the State Funeral of Queen Elizabeth II", null },
                    { new DateOnly(2023, 5, 8), null, "Published history (GOV.UK)", "Bank holiday for the coronation of King Charles III", null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_one_off_bank_holidays_Replaces",
                schema: "platform",
                table: "one_off_bank_holidays",
                column: "Replaces",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "one_off_bank_holidays",
                schema: "platform");
        }
    }
}
