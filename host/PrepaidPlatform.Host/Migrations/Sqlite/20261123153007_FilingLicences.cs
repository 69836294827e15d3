using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingLicences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Filing_OperatorLicences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RegistrationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredCapitalWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_OperatorLicences", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_OperatorLicences_TenantId",
                table: "Filing_OperatorLicences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_OperatorLicences_Uscc",
                table: "Filing_OperatorLicences",
                column: "Uscc",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Filing_OperatorLicences");
        }
    }
}
