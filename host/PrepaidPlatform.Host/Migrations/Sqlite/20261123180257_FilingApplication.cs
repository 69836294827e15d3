using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingApplication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Filing_Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OpenKey = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ShopName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    StreetCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LegalRepName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LegalRepIdType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PremisesAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PremisesOwnership = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LeaseFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeaseTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CardKinds = table.Column<int>(type: "INTEGER", nullable: false),
                    CardsIssued = table.Column<long>(type: "INTEGER", nullable: true),
                    PrepaidBalanceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CustodyBankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CustodyBranchName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CustodyAccountNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CustodyAccountNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CustodyAccountNumberProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    LegalRepIdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegalRepIdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LegalRepIdNumberProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    LegalRepPhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LegalRepPhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LegalRepPhoneProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_Applications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_ApplicationNumber",
                table: "Filing_Applications",
                column: "ApplicationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_OpenKey",
                table: "Filing_Applications",
                column: "OpenKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_OperatorUserId",
                table: "Filing_Applications",
                column: "OperatorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_TenantId",
                table: "Filing_Applications",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Filing_Applications");
        }
    }
}
