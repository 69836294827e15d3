using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModulesFirstRelease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Filing_OperatorLicences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredAddress = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RegistrationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegisteredCapitalWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerifiedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_OperatorLicences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notify_DevelopmentSms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhoneProtected = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 1100, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notify_DevelopmentSms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notify_InboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SubjectUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notify_InboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notify_SmsMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PhoneProtected = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GatewayMessageId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notify_SmsMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notify_Templates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notify_Templates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Notify_VerificationCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsumedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notify_VerificationCodes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_DistrictProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BureauName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ServiceHours = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_DistrictProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wf_Definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wf_Definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wf_Instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StateEnteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wf_Instances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wf_Instances_Wf_Definitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "Wf_Definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Wf_Journal",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InputJson = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wf_Journal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wf_Journal_Wf_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "Wf_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wf_Timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsDeadline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wf_Timers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wf_Timers_Wf_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "Wf_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_OperatorLicences_TenantId",
                table: "Filing_OperatorLicences",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_OperatorLicences_Uscc",
                table: "Filing_OperatorLicences",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notify_DevelopmentSms_PhoneHash",
                table: "Notify_DevelopmentSms",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Notify_InboxMessages_TenantId_RecipientUserId_CreatedAtUtc",
                table: "Notify_InboxMessages",
                columns: new[] { "TenantId", "RecipientUserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notify_SmsMessages_CreatedAtUtc",
                table: "Notify_SmsMessages",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Notify_SmsMessages_PhoneHash",
                table: "Notify_SmsMessages",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_Notify_SmsMessages_Status_NextAttemptAtUtc",
                table: "Notify_SmsMessages",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notify_VerificationCodes_PhoneHash_CreatedAtUtc",
                table: "Notify_VerificationCodes",
                columns: new[] { "PhoneHash", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_DistrictProfiles_TenantId",
                table: "Platform_DistrictProfiles",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Definitions_Key_DistrictId_Version",
                table: "Wf_Definitions",
                columns: new[] { "Key", "DistrictId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Definitions_Key_Status",
                table: "Wf_Definitions",
                columns: new[] { "Key", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Instances_DefinitionId",
                table: "Wf_Instances",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Instances_Status_DueAtUtc",
                table: "Wf_Instances",
                columns: new[] { "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Instances_SubjectType_SubjectId",
                table: "Wf_Instances",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Instances_TenantId_DefinitionKey_Status_CurrentState",
                table: "Wf_Instances",
                columns: new[] { "TenantId", "DefinitionKey", "Status", "CurrentState" });

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Journal_InstanceId_IdempotencyKey",
                table: "Wf_Journal",
                columns: new[] { "InstanceId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Timers_DueAtUtc",
                table: "Wf_Timers",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Wf_Timers_InstanceId",
                table: "Wf_Timers",
                column: "InstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Filing_OperatorLicences");

            migrationBuilder.DropTable(
                name: "Notify_DevelopmentSms");

            migrationBuilder.DropTable(
                name: "Notify_InboxMessages");

            migrationBuilder.DropTable(
                name: "Notify_SmsMessages");

            migrationBuilder.DropTable(
                name: "Notify_Templates");

            migrationBuilder.DropTable(
                name: "Notify_VerificationCodes");

            migrationBuilder.DropTable(
                name: "Platform_DistrictProfiles");

            migrationBuilder.DropTable(
                name: "Wf_Journal");

            migrationBuilder.DropTable(
                name: "Wf_Timers");

            migrationBuilder.DropTable(
                name: "Wf_Instances");

            migrationBuilder.DropTable(
                name: "Wf_Definitions");
        }
    }
}
