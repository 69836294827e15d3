using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CommitmentAcceptedAtUtc",
                table: "Identity_Users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberHash",
                table: "Identity_Users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberMasked",
                table: "Identity_Users",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdNumberProtected",
                table: "Identity_Users",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "Identity_Users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneMasked",
                table: "Identity_Users",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "Identity_Users",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Identity_AdminChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AdministratorName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IdNumberProtected = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PhoneProtected = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_AdminChangeRequests", x => x.Id);
                });

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
