using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.MySql
{
    /// <inheritdoc />
    public partial class OperatorAdministrator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdministratorName",
                table: "Identity_Users",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateTime>(
                name: "CommitmentAcceptedAtUtc",
                table: "Identity_Users",
                type: "datetime(6)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberHash",
                table: "Identity_Users",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "IdNumberMasked",
                table: "Identity_Users",
                type: "varchar(32)",
                maxLength: 32,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "IdNumberProtected",
                table: "Identity_Users",
                type: "varchar(128)",
                maxLength: 128,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "Identity_Users",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PhoneMasked",
                table: "Identity_Users",
                type: "varchar(16)",
                maxLength: 16,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "Identity_Users",
                type: "varchar(128)",
                maxLength: 128,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "Identity_AdminChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Uscc = table.Column<string>(type: "varchar(18)", maxLength: 18, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OperatorName = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AdministratorName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PasswordHash = table.Column<string>(type: "varchar(512)", maxLength: 512, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Reason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RejectionReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    IdNumberHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false),
                    IdNumberProtected = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false),
                    PhoneHash = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: false),
                    PhoneProtected = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_AdminChangeRequests", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_IdNumberHash",
                table: "Identity_Users",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_PhoneHash",
                table: "Identity_Users",
                column: "PhoneHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Identity_AdminChangeRequests_TenantId_Status_SubmittedAtUtc",
                table: "Identity_AdminChangeRequests",
                columns: new[] { "TenantId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Identity_AdminChangeRequests_UserId",
                table: "Identity_AdminChangeRequests",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Identity_AdminChangeRequests");

            migrationBuilder.DropIndex(
                name: "IX_Identity_Users_IdNumberHash",
                table: "Identity_Users");

            migrationBuilder.DropIndex(
                name: "IX_Identity_Users_PhoneHash",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "AdministratorName",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "CommitmentAcceptedAtUtc",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "IdNumberHash",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "IdNumberMasked",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "IdNumberProtected",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "PhoneHash",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "PhoneMasked",
                table: "Identity_Users");

            migrationBuilder.DropColumn(
                name: "PhoneProtected",
                table: "Identity_Users");
        }
    }
}
