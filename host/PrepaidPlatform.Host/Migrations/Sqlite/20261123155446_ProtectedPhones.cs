using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "Notify_SmsMessages",
                type: "TEXT",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PhoneHash",
                table: "Notify_DevelopmentSms",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PhoneProtected",
                table: "Notify_DevelopmentSms",
                type: "TEXT",
                maxLength: 128,
                nullable: false,
                defaultValue: "");

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
