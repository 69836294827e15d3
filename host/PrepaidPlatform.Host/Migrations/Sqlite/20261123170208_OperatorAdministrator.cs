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

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_IdNumberHash",
                table: "Identity_Users",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_PhoneHash",
                table: "Identity_Users",
                column: "PhoneHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
