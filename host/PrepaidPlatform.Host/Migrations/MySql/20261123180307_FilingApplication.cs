using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.MySql
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    OperatorUserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Uscc = table.Column<string>(type: "varchar(18)", maxLength: 18, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OpenKey = table.Column<string>(type: "varchar(18)", maxLength: 18, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ApplicationNumber = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Status = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    WorkflowInstanceId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    FirstSubmittedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ShopName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IndustryCode = table.Column<string>(type: "varchar(8)", maxLength: 8, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    DistrictCode = table.Column<string>(type: "varchar(8)", maxLength: 8, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    StreetCode = table.Column<string>(type: "varchar(12)", maxLength: 12, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Category = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LegalRepName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LegalRepIdType = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PremisesAddress = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PremisesOwnership = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LeaseFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    LeaseTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ProductName = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CardKinds = table.Column<int>(type: "int", nullable: false),
                    CardsIssued = table.Column<long>(type: "bigint", nullable: true),
                    PrepaidBalanceFen = table.Column<long>(type: "bigint", nullable: true),
                    Remarks = table.Column<string>(type: "varchar(100)", maxLength: 100, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CustodyBankCode = table.Column<string>(type: "varchar(8)", maxLength: 8, nullable: true),
                    CustodyBranchName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true),
                    CustodyAccountNumberHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    CustodyAccountNumberMasked = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false),
                    CustodyAccountNumberProtected = table.Column<string>(type: "varchar(160)", maxLength: 160, nullable: false),
                    LegalRepIdNumberHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    LegalRepIdNumberMasked = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    LegalRepIdNumberProtected = table.Column<string>(type: "varchar(160)", maxLength: 160, nullable: false),
                    LegalRepPhoneHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    LegalRepPhoneMasked = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false),
                    LegalRepPhoneProtected = table.Column<string>(type: "varchar(160)", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_Applications", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
