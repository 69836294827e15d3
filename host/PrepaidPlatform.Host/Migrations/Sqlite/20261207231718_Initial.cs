using System;
using Microsoft.EntityFrameworkCore.Migrations;
using PrepaidPlatform.Host.Migrations.Scripts;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Audit_ChainHeads",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lane = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit_ChainHeads", x => new { x.Day, x.Lane });
                });

            migrationBuilder.CreateTable(
                name: "Audit_EntityChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeTimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChangeKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PropertyChanges = table.Column<string>(type: "TEXT", nullable: false),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChainDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChainLane = table.Column<int>(type: "INTEGER", nullable: false),
                    ChainSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit_EntityChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Audit_RequestLogs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HttpMethod = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Exception = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit_RequestLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_CodeHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_CodeHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_Codes",
                columns: table => new
                {
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Colour = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Barred = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeriousDishonest = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_Codes", x => x.OperatorUserId);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_CustodyFacts",
                columns: table => new
                {
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ShortSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ShortfallFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_CustodyFacts", x => x.OperatorUserId);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_EnforcementDepartments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_EnforcementDepartments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_InspectionDraws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyCandidates = table.Column<string>(type: "TEXT", nullable: false),
                    OtherCandidates = table.Column<string>(type: "TEXT", nullable: false),
                    StaffCandidates = table.Column<string>(type: "TEXT", nullable: false),
                    FirstInspector = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondInspector = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorNames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DrawnBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_InspectionDraws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_InspectionItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DrawId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromKeyList = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_InspectionItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_KeyList",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ViolationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_KeyList", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_Records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Class = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AttachmentKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_Records", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttachmentKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_ReferralSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_ReferralSteps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_Rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Colour = table.Column<int>(type: "INTEGER", nullable: false),
                    PublicText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_Rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CreditRisk_Violations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrderedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RectificationNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditRisk_Violations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Accounts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    BranchName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountNumberProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Accounts", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Bindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BranchName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BoundAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UnboundAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AccountNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountNumberProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Bindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Institutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Institutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Operators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BankCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BranchName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AccountStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusRemark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LatestBalanceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    LatestCustodyFen = table.Column<long>(type: "INTEGER", nullable: true),
                    LatestAvailableFen = table.Column<long>(type: "INTEGER", nullable: true),
                    LatestAsOfUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FilingBalanceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedBalanceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ReportedQuarterEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastYearMainRevenueFen = table.Column<long>(type: "INTEGER", nullable: true),
                    RevenueDeclaredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SeriousDishonest = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeriousDishonestReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SeriousDishonestSetBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SeriousDishonestSetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AccountNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccountNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccountNumberProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Operators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InsuredUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    InsuredAmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Shortfalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ShortfallAtStartFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Shortfalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Custody_Statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AsOfUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CustodyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AvailableFen = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Custody_Statements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Filing_Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false, defaultValue: "Registration"),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "Filing_Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    StoreKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: true),
                    RowsJson = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_Attachments", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "Filing_Filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    ActiveKey = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FiledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CodeSuspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    CodeSuspensionReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CodeSuspendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeregisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_Filings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Filing_LicenceCallbacks",
                columns: table => new
                {
                    SessionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LicenceProtected = table.Column<string>(type: "TEXT", nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_LicenceCallbacks", x => x.SessionKey);
                });

            migrationBuilder.CreateTable(
                name: "Filing_NumberSequences",
                columns: table => new
                {
                    SequenceDay = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LastValue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_NumberSequences", x => x.SequenceDay);
                });

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
                name: "Filing_SearchEntries",
                columns: table => new
                {
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FilingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Names = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_SearchEntries", x => x.FilingId);
                });

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

            migrationBuilder.CreateTable(
                name: "Identity_Roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Side = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Identity_Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Side = table.Column<int>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AdministratorName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdNumberProtected = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PhoneProtected = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CommitmentAcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_Users", x => x.Id);
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
                    DeliveryTextProtected = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
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
                name: "Platform_ApiClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecretProtected = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RotatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_ApiNonces",
                columns: table => new
                {
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ApiNonces", x => new { x.ClientId, x.Nonce });
                });

            migrationBuilder.CreateTable(
                name: "Platform_CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Platform_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_DataProtectionKeys", x => x.Id);
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
                name: "Platform_OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    EventTenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Failed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_ProcessedEvents",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ProcessedEvents", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Platform_PublicViews",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ViewKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ValidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false),
                    GlobalStamp = table.Column<long>(type: "INTEGER", nullable: false),
                    BuiltAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_PublicViews", x => new { x.Kind, x.ViewKey });
                });

            migrationBuilder.CreateTable(
                name: "Platform_PublicViewStamps",
                columns: table => new
                {
                    Scope = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_PublicViewStamps", x => x.Scope);
                });

            migrationBuilder.CreateTable(
                name: "Platform_SettingValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_SettingValues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_CardFeedDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Refused = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_CardFeedDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_CardFeedLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CardSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_CardFeedLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_CardFeedRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CardSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PrepaidTotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CardsIssued = table.Column<int>(type: "INTEGER", nullable: false),
                    CardsWithBalance = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_CardFeedRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_CardSystems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_CardSystems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_DishonestFilings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Duty = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthPrepaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthConsumptionFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthRefundFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CardsWithBalance = table.Column<int>(type: "INTEGER", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifyDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_DishonestFilings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_DishonestReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Duty = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_DishonestReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_DistrictSummaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Operators = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<int>(type: "INTEGER", nullable: false),
                    Reported = table.Column<int>(type: "INTEGER", nullable: false),
                    Pending = table.Column<int>(type: "INTEGER", nullable: false),
                    Returned = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Overdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Connected = table.Column<int>(type: "INTEGER", nullable: false),
                    Divergent = table.Column<int>(type: "INTEGER", nullable: false),
                    PrepaidTotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CardsWithBalance = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterPrepaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterCardsIssued = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterConsumptionFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterRefundFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterCardReturnFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_DistrictSummaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_QuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PrepaidTotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CardsWithBalance = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterPrepaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterCardsIssued = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterConsumptionFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterRefundFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuarterCardReturnFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DifferenceReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AccountLabel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    QuarterEndCustodyFen = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiredCustodyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReturnedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifyDueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_QuarterlyReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reporting_Reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuarterEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporting_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_ClosureWarningRuns",
                columns: table => new
                {
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scored = table.Column<int>(type: "INTEGER", nullable: false),
                    Warned = table.Column<int>(type: "INTEGER", nullable: false),
                    Crossed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_ClosureWarningRuns", x => x.Week);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_ClosureWarnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Warned = table.Column<bool>(type: "INTEGER", nullable: false),
                    Crossed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_ClosureWarnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_Figures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operators = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CustodyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Compliant = table.Column<int>(type: "INTEGER", nullable: false),
                    Connected = table.Column<int>(type: "INTEGER", nullable: false),
                    Green = table.Column<int>(type: "INTEGER", nullable: false),
                    Yellow = table.Column<int>(type: "INTEGER", nullable: false),
                    Red = table.Column<int>(type: "INTEGER", nullable: false),
                    Black = table.Column<int>(type: "INTEGER", nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_Figures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_OperatorSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    OperatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CardSystem = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustodyMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CustodyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Compliant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Connected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Complaints = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_OperatorSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supervision_Runs",
                columns: table => new
                {
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    RefreshedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operators = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supervision_Runs", x => x.Quarter);
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
                name: "Filing_OperatorLicenceImages",
                columns: table => new
                {
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 2097152, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filing_OperatorLicenceImages", x => x.LicenceId);
                    table.ForeignKey(
                        name: "FK_Filing_OperatorLicenceImages_Filing_OperatorLicences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Filing_OperatorLicences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Identity_RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Identity_RoleClaims_Identity_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Identity_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Identity_UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Identity_UserClaims_Identity_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Identity_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Identity_UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_Identity_UserLogins_Identity_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Identity_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Identity_UserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_Identity_UserRoles_Identity_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Identity_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Identity_UserRoles_Identity_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Identity_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Identity_UserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Identity_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_Identity_UserTokens_Identity_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Identity_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    After = table.Column<int>(type: "INTEGER", nullable: true),
                    Unit = table.Column<int>(type: "INTEGER", nullable: true),
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
                name: "IX_Audit_EntityChanges_ChainDay_ChainLane_ChainSequence",
                table: "Audit_EntityChanges",
                columns: new[] { "ChainDay", "ChainLane", "ChainSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Audit_EntityChanges_ChangeTimeUtc",
                table: "Audit_EntityChanges",
                column: "ChangeTimeUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_EntityChanges_EntityType_EntityId",
                table: "Audit_EntityChanges",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_EntityChanges_TenantId_ChangeTimeUtc",
                table: "Audit_EntityChanges",
                columns: new[] { "TenantId", "ChangeTimeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_RequestLogs_TenantId_TimeUtc",
                table: "Audit_RequestLogs",
                columns: new[] { "TenantId", "TimeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Audit_RequestLogs_TimeUtc",
                table: "Audit_RequestLogs",
                column: "TimeUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_RequestLogs_UserName_TimeUtc",
                table: "Audit_RequestLogs",
                columns: new[] { "UserName", "TimeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_CodeHistory_OperatorUserId_ChangedAtUtc",
                table: "CreditRisk_CodeHistory",
                columns: new[] { "OperatorUserId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Codes_TenantId_Colour",
                table: "CreditRisk_Codes",
                columns: new[] { "TenantId", "Colour" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_EnforcementDepartments_Name",
                table: "CreditRisk_EnforcementDepartments",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_InspectionDraws_PublishedAtUtc",
                table: "CreditRisk_InspectionDraws",
                column: "PublishedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_InspectionDraws_TenantId_DrawnAtUtc",
                table: "CreditRisk_InspectionDraws",
                columns: new[] { "TenantId", "DrawnAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_InspectionItems_DrawId",
                table: "CreditRisk_InspectionItems",
                column: "DrawId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_InspectionItems_Uscc",
                table: "CreditRisk_InspectionItems",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_KeyList_OperatorUserId",
                table: "CreditRisk_KeyList",
                column: "OperatorUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_KeyList_TenantId_AddedAtUtc",
                table: "CreditRisk_KeyList",
                columns: new[] { "TenantId", "AddedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Records_OperatorUserId_OccurredOn",
                table: "CreditRisk_Records",
                columns: new[] { "OperatorUserId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Records_Reference",
                table: "CreditRisk_Records",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Records_TenantId_OperatorUserId",
                table: "CreditRisk_Records",
                columns: new[] { "TenantId", "OperatorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Referrals_ReferredAtUtc",
                table: "CreditRisk_Referrals",
                column: "ReferredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Referrals_SourceId",
                table: "CreditRisk_Referrals",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Referrals_TenantId_Status_ReferredAtUtc",
                table: "CreditRisk_Referrals",
                columns: new[] { "TenantId", "Status", "ReferredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_ReferralSteps_ReferralId_AtUtc",
                table: "CreditRisk_ReferralSteps",
                columns: new[] { "ReferralId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Violations_OperatorUserId_Status",
                table: "CreditRisk_Violations",
                columns: new[] { "OperatorUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditRisk_Violations_TenantId_Status_Deadline",
                table: "CreditRisk_Violations",
                columns: new[] { "TenantId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Accounts_TenantId",
                table: "Custody_Accounts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Bindings_OperatorId_BoundAtUtc",
                table: "Custody_Bindings",
                columns: new[] { "OperatorId", "BoundAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Bindings_TenantId",
                table: "Custody_Bindings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Complaints_InstitutionId_ReceivedOn",
                table: "Custody_Complaints",
                columns: new[] { "InstitutionId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Deliveries_InstitutionId_ReceivedAtUtc",
                table: "Custody_Deliveries",
                columns: new[] { "InstitutionId", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Institutions_Kind_Uscc",
                table: "Custody_Institutions",
                columns: new[] { "Kind", "Uscc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Operators_AccountKey",
                table: "Custody_Operators",
                column: "AccountKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Operators_OperatorUserId",
                table: "Custody_Operators",
                column: "OperatorUserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Operators_TenantId_AccountStatus",
                table: "Custody_Operators",
                columns: new[] { "TenantId", "AccountStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Operators_Uscc",
                table: "Custody_Operators",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Policies_InstitutionId_PolicyNumber",
                table: "Custody_Policies",
                columns: new[] { "InstitutionId", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Policies_InsuredUscc",
                table: "Custody_Policies",
                column: "InsuredUscc");

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Shortfalls_OperatorId_EndedAtUtc",
                table: "Custody_Shortfalls",
                columns: new[] { "OperatorId", "EndedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Shortfalls_TenantId",
                table: "Custody_Shortfalls",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Statements_InstitutionId_BankReference",
                table: "Custody_Statements",
                columns: new[] { "InstitutionId", "BankReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Statements_OperatorId_AsOfUtc",
                table: "Custody_Statements",
                columns: new[] { "OperatorId", "AsOfUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Custody_Statements_TenantId",
                table: "Custody_Statements",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_ApplicationNumber",
                table: "Filing_Applications",
                column: "ApplicationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Applications_FilingId",
                table: "Filing_Applications",
                column: "FilingId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Attachments_ApplicationId_Kind",
                table: "Filing_Attachments",
                columns: new[] { "ApplicationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Attachments_TenantId",
                table: "Filing_Attachments",
                column: "TenantId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_ActiveKey",
                table: "Filing_Filings",
                column: "ActiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_ApplicationId",
                table: "Filing_Filings",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_FilingNumber",
                table: "Filing_Filings",
                column: "FilingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_OperatorUserId",
                table: "Filing_Filings",
                column: "OperatorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_TenantId",
                table: "Filing_Filings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_Filings_Uscc",
                table: "Filing_Filings",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_LicenceCallbacks_ReceivedAtUtc",
                table: "Filing_LicenceCallbacks",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Filing_OperatorLicenceImages_TenantId",
                table: "Filing_OperatorLicenceImages",
                column: "TenantId");

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
                name: "IX_Filing_SearchEntries_FiledOn_FilingNumber_Names",
                table: "Filing_SearchEntries",
                columns: new[] { "FiledOn", "FilingNumber", "Names" },
                descending: new[] { true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Filing_SearchEntries_Uscc",
                table: "Filing_SearchEntries",
                column: "Uscc");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_AdminChangeRequests_TenantId_Status_SubmittedAtUtc",
                table: "Identity_AdminChangeRequests",
                columns: new[] { "TenantId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Identity_AdminChangeRequests_UserId",
                table: "Identity_AdminChangeRequests",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_RoleClaims_RoleId",
                table: "Identity_RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Roles_NormalizedName",
                table: "Identity_Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Identity_UserClaims_UserId",
                table: "Identity_UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_UserLogins_UserId",
                table: "Identity_UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_UserRoles_RoleId",
                table: "Identity_UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_IdNumberHash",
                table: "Identity_Users",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_NormalizedEmail",
                table: "Identity_Users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_NormalizedUserName",
                table: "Identity_Users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_PhoneHash",
                table: "Identity_Users",
                column: "PhoneHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Users_TenantId",
                table: "Identity_Users",
                column: "TenantId");

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
                name: "IX_Platform_ApiClients_KeyId",
                table: "Platform_ApiClients",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_ApiClients_OwnerType_OwnerId",
                table: "Platform_ApiClients",
                columns: new[] { "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_ApiNonces_ExpiresAtUtc",
                table: "Platform_ApiNonces",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_DistrictProfiles_TenantId",
                table: "Platform_DistrictProfiles",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_OutboxMessages_ProcessedAtUtc_Failed_NextAttemptAtUtc",
                table: "Platform_OutboxMessages",
                columns: new[] { "ProcessedAtUtc", "Failed", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_SettingValues_Name_ProviderName_ProviderKey",
                table: "Platform_SettingValues",
                columns: new[] { "Name", "ProviderName", "ProviderKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Tenants_Code",
                table: "Platform_Tenants",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardFeedDeliveries_CardSystemId_ReceivedAtUtc",
                table: "Reporting_CardFeedDeliveries",
                columns: new[] { "CardSystemId", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardFeedLinks_OperatorUserId_CardSystemId",
                table: "Reporting_CardFeedLinks",
                columns: new[] { "OperatorUserId", "CardSystemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardFeedLinks_TenantId_OperatorUserId",
                table: "Reporting_CardFeedLinks",
                columns: new[] { "TenantId", "OperatorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardFeedRecords_CardSystemId_OperatorUserId_Day",
                table: "Reporting_CardFeedRecords",
                columns: new[] { "CardSystemId", "OperatorUserId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardFeedRecords_CardSystemId_Reference",
                table: "Reporting_CardFeedRecords",
                columns: new[] { "CardSystemId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardFeedRecords_TenantId_Day_OperatorUserId",
                table: "Reporting_CardFeedRecords",
                columns: new[] { "TenantId", "Day", "OperatorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_CardSystems_Name",
                table: "Reporting_CardSystems",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_DishonestFilings_OperatorUserId_Duty_PeriodStart",
                table: "Reporting_DishonestFilings",
                columns: new[] { "OperatorUserId", "Duty", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_DishonestFilings_TenantId_Status_SubmittedAtUtc",
                table: "Reporting_DishonestFilings",
                columns: new[] { "TenantId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_DishonestReminders_OperatorUserId_Duty_PeriodStart_Kind",
                table: "Reporting_DishonestReminders",
                columns: new[] { "OperatorUserId", "Duty", "PeriodStart", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_DistrictSummaries_QuarterEnd",
                table: "Reporting_DistrictSummaries",
                column: "QuarterEnd");

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_DistrictSummaries_TenantId_QuarterEnd",
                table: "Reporting_DistrictSummaries",
                columns: new[] { "TenantId", "QuarterEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_QuarterlyReports_OperatorUserId_QuarterEnd",
                table: "Reporting_QuarterlyReports",
                columns: new[] { "OperatorUserId", "QuarterEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_QuarterlyReports_OperatorUserId_QuarterEnd_Status",
                table: "Reporting_QuarterlyReports",
                columns: new[] { "OperatorUserId", "QuarterEnd", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_QuarterlyReports_TenantId_QuarterEnd_Status",
                table: "Reporting_QuarterlyReports",
                columns: new[] { "TenantId", "QuarterEnd", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_QuarterlyReports_TenantId_Status_SubmittedAtUtc",
                table: "Reporting_QuarterlyReports",
                columns: new[] { "TenantId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_QuarterlyReports_TenantId_SubmittedAtUtc_Id_WorkflowInstanceId",
                table: "Reporting_QuarterlyReports",
                columns: new[] { "TenantId", "SubmittedAtUtc", "Id", "WorkflowInstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reporting_Reminders_OperatorUserId_QuarterEnd_Kind",
                table: "Reporting_Reminders",
                columns: new[] { "OperatorUserId", "QuarterEnd", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_ClosureWarnings_OperatorUserId_Week",
                table: "Supervision_ClosureWarnings",
                columns: new[] { "OperatorUserId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_ClosureWarnings_Week_OperatorUserId",
                table: "Supervision_ClosureWarnings",
                columns: new[] { "Week", "OperatorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_ClosureWarnings_Week_TenantId_Score",
                table: "Supervision_ClosureWarnings",
                columns: new[] { "Week", "TenantId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_Figures_Quarter_Dimension_TenantId",
                table: "Supervision_Figures",
                columns: new[] { "Quarter", "Dimension", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_OperatorSnapshots_Quarter_OperatorUserId",
                table: "Supervision_OperatorSnapshots",
                columns: new[] { "Quarter", "OperatorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supervision_OperatorSnapshots_Quarter_TenantId",
                table: "Supervision_OperatorSnapshots",
                columns: new[] { "Quarter", "TenantId" });

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

            // Hand-written: the job store has no EF model (see QuartzStoreSchema).
            QuartzStoreSchema.Create(migrationBuilder, "Sqlite");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QuartzStoreSchema.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "Audit_ChainHeads");

            migrationBuilder.DropTable(
                name: "Audit_EntityChanges");

            migrationBuilder.DropTable(
                name: "Audit_RequestLogs");

            migrationBuilder.DropTable(
                name: "CreditRisk_CodeHistory");

            migrationBuilder.DropTable(
                name: "CreditRisk_Codes");

            migrationBuilder.DropTable(
                name: "CreditRisk_CustodyFacts");

            migrationBuilder.DropTable(
                name: "CreditRisk_EnforcementDepartments");

            migrationBuilder.DropTable(
                name: "CreditRisk_InspectionDraws");

            migrationBuilder.DropTable(
                name: "CreditRisk_InspectionItems");

            migrationBuilder.DropTable(
                name: "CreditRisk_KeyList");

            migrationBuilder.DropTable(
                name: "CreditRisk_Records");

            migrationBuilder.DropTable(
                name: "CreditRisk_Referrals");

            migrationBuilder.DropTable(
                name: "CreditRisk_ReferralSteps");

            migrationBuilder.DropTable(
                name: "CreditRisk_Rules");

            migrationBuilder.DropTable(
                name: "CreditRisk_Violations");

            migrationBuilder.DropTable(
                name: "Custody_Accounts");

            migrationBuilder.DropTable(
                name: "Custody_Bindings");

            migrationBuilder.DropTable(
                name: "Custody_Complaints");

            migrationBuilder.DropTable(
                name: "Custody_Deliveries");

            migrationBuilder.DropTable(
                name: "Custody_Institutions");

            migrationBuilder.DropTable(
                name: "Custody_Operators");

            migrationBuilder.DropTable(
                name: "Custody_Policies");

            migrationBuilder.DropTable(
                name: "Custody_Shortfalls");

            migrationBuilder.DropTable(
                name: "Custody_Statements");

            migrationBuilder.DropTable(
                name: "Filing_Applications");

            migrationBuilder.DropTable(
                name: "Filing_Attachments");

            migrationBuilder.DropTable(
                name: "Filing_ContractTemplates");

            migrationBuilder.DropTable(
                name: "Filing_Deregistrations");

            migrationBuilder.DropTable(
                name: "Filing_Filings");

            migrationBuilder.DropTable(
                name: "Filing_LicenceCallbacks");

            migrationBuilder.DropTable(
                name: "Filing_NumberSequences");

            migrationBuilder.DropTable(
                name: "Filing_OperatorLicenceImages");

            migrationBuilder.DropTable(
                name: "Filing_SearchEntries");

            migrationBuilder.DropTable(
                name: "Identity_AdminChangeRequests");

            migrationBuilder.DropTable(
                name: "Identity_RoleClaims");

            migrationBuilder.DropTable(
                name: "Identity_UserClaims");

            migrationBuilder.DropTable(
                name: "Identity_UserLogins");

            migrationBuilder.DropTable(
                name: "Identity_UserRoles");

            migrationBuilder.DropTable(
                name: "Identity_UserTokens");

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
                name: "Platform_ApiClients");

            migrationBuilder.DropTable(
                name: "Platform_ApiNonces");

            migrationBuilder.DropTable(
                name: "Platform_CalendarDays");

            migrationBuilder.DropTable(
                name: "Platform_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Platform_DistrictProfiles");

            migrationBuilder.DropTable(
                name: "Platform_OutboxMessages");

            migrationBuilder.DropTable(
                name: "Platform_ProcessedEvents");

            migrationBuilder.DropTable(
                name: "Platform_PublicViews");

            migrationBuilder.DropTable(
                name: "Platform_PublicViewStamps");

            migrationBuilder.DropTable(
                name: "Platform_SettingValues");

            migrationBuilder.DropTable(
                name: "Platform_Tenants");

            migrationBuilder.DropTable(
                name: "Reporting_CardFeedDeliveries");

            migrationBuilder.DropTable(
                name: "Reporting_CardFeedLinks");

            migrationBuilder.DropTable(
                name: "Reporting_CardFeedRecords");

            migrationBuilder.DropTable(
                name: "Reporting_CardSystems");

            migrationBuilder.DropTable(
                name: "Reporting_DishonestFilings");

            migrationBuilder.DropTable(
                name: "Reporting_DishonestReminders");

            migrationBuilder.DropTable(
                name: "Reporting_DistrictSummaries");

            migrationBuilder.DropTable(
                name: "Reporting_QuarterlyReports");

            migrationBuilder.DropTable(
                name: "Reporting_Reminders");

            migrationBuilder.DropTable(
                name: "Supervision_ClosureWarningRuns");

            migrationBuilder.DropTable(
                name: "Supervision_ClosureWarnings");

            migrationBuilder.DropTable(
                name: "Supervision_Figures");

            migrationBuilder.DropTable(
                name: "Supervision_OperatorSnapshots");

            migrationBuilder.DropTable(
                name: "Supervision_Runs");

            migrationBuilder.DropTable(
                name: "Wf_Journal");

            migrationBuilder.DropTable(
                name: "Wf_Timers");

            migrationBuilder.DropTable(
                name: "Filing_OperatorLicences");

            migrationBuilder.DropTable(
                name: "Identity_Roles");

            migrationBuilder.DropTable(
                name: "Identity_Users");

            migrationBuilder.DropTable(
                name: "Wf_Instances");

            migrationBuilder.DropTable(
                name: "Wf_Definitions");
        }
    }
}
