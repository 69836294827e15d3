using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingChangeDeregistrationContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedAtUtc",
                table: "Filing_Filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeregisteredAtUtc",
                table: "Filing_Filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FilingId",
                table: "Filing_Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Filing_Applications",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Registration");

            migrationBuilder.CreateTable(
                name: "Filing_ContractTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    StoreKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_ContractTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Filing_Deregistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IssuanceStoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeChannel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SettledBalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublicNoticeEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeregisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_Deregistrations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_FilingId",
                table: "Filing_Applications",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_ContractTemplates_Status_PublishedAtUtc",
                table: "Filing_ContractTemplates",
                columns: new[] { "Status", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Deregistrations_FilingId",
                table: "Filing_Deregistrations",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Deregistrations_OpenKey",
                table: "Filing_Deregistrations",
                column: "OpenKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Deregistrations_TenantId",
                table: "Filing_Deregistrations",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Filing_ContractTemplates");

            migrationBuilder.DropTable(
                name: "Filing_Deregistrations");

            migrationBuilder.DropIndex(
                name: "IX_Filing_Applications_FilingId",
                table: "Filing_Applications");

            migrationBuilder.DropColumn(
                name: "ChangedAtUtc",
                table: "Filing_Filings");

            migrationBuilder.DropColumn(
                name: "DeregisteredAtUtc",
                table: "Filing_Filings");

            migrationBuilder.DropColumn(
                name: "FilingId",
                table: "Filing_Applications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Filing_Applications");
        }
    }
}
