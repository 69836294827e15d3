using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustodyModule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Custody_Accounts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    BranchName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountNumberProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Accounts", x => x.ApplicationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Accounts_TenantId",
                table: "Custody_Accounts",
                column: "TenantId");

            // The section moves from Filing to Custody (issue 6): rows with anything entered keep it, number still encrypted.
            migrationBuilder.Sql(
                """
                INSERT INTO Custody_Accounts (ApplicationId, TenantId, BankCode, BranchName, AccountNumberProtected, AccountNumberHash, AccountNumberMasked)
                SELECT Id, TenantId, CustodyBankCode, CustodyBranchName, CustodyAccountNumberProtected, CustodyAccountNumberHash, CustodyAccountNumberMasked
                FROM Filing_Applications
                WHERE CustodyBankCode IS NOT NULL OR CustodyBranchName IS NOT NULL OR CustodyAccountNumberProtected <> '';
                """);

            migrationBuilder.DropColumn(
                name: "CustodyAccountNumberHash",
                table: "Filing_Applications");

            migrationBuilder.DropColumn(
                name: "CustodyAccountNumberMasked",
                table: "Filing_Applications");

            migrationBuilder.DropColumn(
                name: "CustodyAccountNumberProtected",
                table: "Filing_Applications");

            migrationBuilder.DropColumn(
                name: "CustodyBankCode",
                table: "Filing_Applications");

            migrationBuilder.DropColumn(
                name: "CustodyBranchName",
                table: "Filing_Applications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustodyAccountNumberHash",
                table: "Filing_Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustodyAccountNumberMasked",
                table: "Filing_Applications",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustodyAccountNumberProtected",
                table: "Filing_Applications",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustodyBankCode",
                table: "Filing_Applications",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustodyBranchName",
                table: "Filing_Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Back into Filing_Applications before the table goes (the columns were just added with empty defaults).
            migrationBuilder.Sql(
                """
                UPDATE Filing_Applications
                SET CustodyBankCode = c.BankCode, CustodyBranchName = c.BranchName,
                    CustodyAccountNumberProtected = c.AccountNumberProtected, CustodyAccountNumberHash = c.AccountNumberHash,
                    CustodyAccountNumberMasked = c.AccountNumberMasked
                FROM Custody_Accounts AS c
                WHERE c.ApplicationId = Filing_Applications.Id;
                """);

            migrationBuilder.DropTable(
                name: "Custody_Accounts");
        }
    }
}
