using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Filing_Filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ActiveKey = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FiledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CodeSuspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    CodeSuspensionReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CodeSuspendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_Filings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_ActiveKey",
                table: "Filing_Filings",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_FilingNumber",
                table: "Filing_Filings",
                column: "FilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_OperatorUserId",
                table: "Filing_Filings",
                column: "OperatorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_TenantId",
                table: "Filing_Filings",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Filing_Filings");
        }
    }
}
