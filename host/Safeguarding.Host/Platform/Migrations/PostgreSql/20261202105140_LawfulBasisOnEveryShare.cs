using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Safeguarding.Host.Platform.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LawfulBasisOnEveryShare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgreementId",
                schema: "platform",
                table: "sharing_bases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GatewayCode",
                schema: "platform",
                table: "sharing_bases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "sharing_agreements",
                schema: "platform",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tier = table.Column<int>(type: "integer", nullable: false),
                    Parties = table.Column<List<string>>(type: "text[]", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DataShared = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewBy = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statutory_gateways",
                schema: "platform",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statutory_gateways", x => x.Code);
                });

            migrationBuilder.InsertData(
                schema: "platform",
                table: "statutory_gateways",
                columns: new[] { "Code", "Name", "Summary" },
                values: new object[,]
                {
                    { "CHILDREN_ACT_1989_S17", "Children Act 1989, section 17", "Assessing and providing services for a child in need and their family." },
                    { "CHILDREN_ACT_1989_S47", "Children Act 1989, section 47", "Enquiries where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm." },
                    { "CHILDREN_ACT_2004_S10", "Children Act 2004, section 10", "Co-operation between the local authority and its partners to improve the well-being of children." },
                    { "CHILDREN_ACT_2004_S11", "Children Act 2004, section 11", "Each agency's duty to make arrangements to safeguard and promote the welfare of children." },
                    { "CHILDREN_ACT_2004_S16H", "Children Act 2004, section 16H", "Information the safeguarding partners require for their local safeguarding arrangements." },
                    { "CRIME_AND_DISORDER_ACT_1998_S115", "Crime and Disorder Act 1998, section 115", "Disclosure to the police, the local authority, health and probation where it is needed to reduce crime and disorder." },
                    { "DPA_2018_SCH1_PARA18", "Data Protection Act 2018, Schedule 1, paragraph 18", "Safeguarding of children: sharing without consent where it cannot be given, cannot reasonably be obtained, or seeking it would put the child at risk." },
                    { "EDUCATION_ACT_2002_S157", "Education Act 2002, section 157", "Independent schools and academies safeguarding and promoting the welfare of their pupils." },
                    { "EDUCATION_ACT_2002_S175", "Education Act 2002, section 175", "Local authorities, maintained schools and further education colleges safeguarding and promoting the welfare of their pupils." }
                });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_bases_RecordedAt_SubjectId_Module",
                schema: "platform",
                table: "sharing_bases",
                columns: new[] { "RecordedAt", "SubjectId", "Module" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sharing_agreements",
                schema: "platform");

            migrationBuilder.DropTable(
                name: "statutory_gateways",
                schema: "platform");

            migrationBuilder.DropIndex(
                name: "IX_sharing_bases_RecordedAt_SubjectId_Module",
                schema: "platform",
                table: "sharing_bases");

            migrationBuilder.DropColumn(
                name: "AgreementId",
                schema: "platform",
                table: "sharing_bases");

            migrationBuilder.DropColumn(
                name: "GatewayCode",
                schema: "platform",
                table: "sharing_bases");
        }
    }
}
