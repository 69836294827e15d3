using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.MySql
{
    /// <inheritdoc />
    public partial class ProtectedPhones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Phone",
                table: "Notify_SmsMessages",
                newName: "PhoneMasked");

            migrationBuilder.RenameColumn(
                name: "Phone",
                table: "Notify_DevelopmentSms",
                newName: "PhoneMasked");

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "Notify_SmsMessages",
                type: "varchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "Notify_SmsMessages",
                type: "varchar(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "Notify_DevelopmentSms",
                type: "varchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "Notify_DevelopmentSms",
                type: "varchar(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_Notify_SmsMessages_PhoneHash",
                table: "Notify_SmsMessages",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Notify_DevelopmentSms_PhoneHash",
                table: "Notify_DevelopmentSms",
                column: "PhoneHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notify_SmsMessages_PhoneHash",
                table: "Notify_SmsMessages");

            migrationBuilder.DropIndex(
                name: "IX_Notify_DevelopmentSms_PhoneHash",
                table: "Notify_DevelopmentSms");

            migrationBuilder.DropColumn(
                name: "PhoneHash",
                table: "Notify_SmsMessages");

            migrationBuilder.DropColumn(
                name: "PhoneProtected",
                table: "Notify_SmsMessages");

            migrationBuilder.DropColumn(
                name: "PhoneHash",
                table: "Notify_DevelopmentSms");

            migrationBuilder.DropColumn(
                name: "PhoneProtected",
                table: "Notify_DevelopmentSms");

            migrationBuilder.RenameColumn(
                name: "PhoneMasked",
                table: "Notify_SmsMessages",
                newName: "Phone");

            migrationBuilder.RenameColumn(
                name: "PhoneMasked",
                table: "Notify_DevelopmentSms",
                newName: "Phone");
        }
    }
}
