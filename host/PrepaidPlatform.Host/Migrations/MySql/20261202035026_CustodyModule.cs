using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.MySql
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
                    ApplicationId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    BankCode = table.Column<string>(type: "varchar(8)", maxLength: 8, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    BranchName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AccountNumberHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    AccountNumberMasked = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false),
                    AccountNumberProtected = table.Column<string>(type: "varchar(160)", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Accounts", x => x.ApplicationId);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
                type: "varchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustodyAccountNumberMasked",
                table: "Filing_Applications",
                type: "varchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustodyAccountNumberProtected",
                table: "Filing_Applications",
                type: "varchar(160)",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CustodyBankCode",
                table: "Filing_Applications",
                type: "varchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustodyBranchName",
                table: "Filing_Applications",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true);

            // Back into Filing_Applications before the table goes (the columns were just added with empty defaults).
            migrationBuilder.Sql(
                """
                UPDATE Filing_Applications AS a
                JOIN Custody_Accounts AS c ON c.ApplicationId = a.Id
                SET a.CustodyBankCode = c.BankCode, a.CustodyBranchName = c.BranchName,
                    a.CustodyAccountNumberProtected = c.AccountNumberProtected, a.CustodyAccountNumberHash = c.AccountNumberHash,
                    a.CustodyAccountNumberMasked = c.AccountNumberMasked;
                """);

            migrationBuilder.DropTable(
                name: "Custody_Accounts");
        }
    }
}
