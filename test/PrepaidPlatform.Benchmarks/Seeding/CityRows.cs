using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>One seeded operator: who, where, in which industry, and when it applied.</summary>
internal sealed record SeedOperator(int Ordinal, District District, Guid UserId, string Uscc, Guid ApplicationId, Guid InstanceId, Guid FilingId, string Industry,
    DateOnly SubmittedOn, DateTime SubmittedAtUtc)
{
    public string Name => DemoIdentifiers.OperatorName(Ordinal);

    /// <summary>店铺名称 of the application.</summary>
    public string ShopName => Name + "门店";

    /// <summary>A demo address in the operator's district (no street: the column is optional).</summary>
    public string Address => $"北京市{District.Name}演示路{(Ordinal % 300) + 1}号";
}

/// <summary>
/// The rows of one operator in the column order below, as the EF mapping stores them: enums as their names where the
/// mapping converts to string (application and filing status, kind, category…), as numbers where it does not (workflow
/// status, journal kind, timer unit). Personal data is not seeded: the ID-number and phone columns hold placeholders
/// (no person is invented, and nothing measured here decrypts them).
/// </summary>
internal sealed class CityRows(DateTime nowUtc, Guid definitionId, int definitionVersion)
{
    private const int Running = 0, Completed = 1; // WorkflowInstanceStatus
    private const int Started = 0, Fired = 1;     // WorkflowJournalKind
    private const int WorkingDays = 0;            // TimerUnit

    public static readonly string[] LicenceColumns =
    [
        "Id", "TenantId", "Uscc", "Name", "LegalRepresentative", "RegisteredAddress", "DistrictCode", "Authority", "RegistrationDate",
        "RegisteredCapitalWan", "BusinessScope", "TermFrom", "TermTo", "Form", "VerifiedBy", "VerifiedAtUtc",
    ];

    public static readonly string[] ApplicationColumns =
    [
        "Id", "TenantId", "Kind", "FilingId", "OperatorUserId", "Uscc", "OpenKey", "ApplicationNumber", "Status", "WorkflowInstanceId", "CreatedAtUtc",
        "UpdatedAtUtc", "FirstSubmittedAtUtc", "SubmittedAtUtc", "ShopName", "IndustryCode", "DistrictCode", "StreetCode", "Category", "LegalRepName",
        "LegalRepIdType", "PremisesAddress", "PremisesOwnership", "LeaseFrom", "LeaseTo", "ProductName", "CardKinds", "CardsIssued", "PrepaidBalanceFen",
        "Remarks", "LegalRepIdNumberHash", "LegalRepIdNumberMasked", "LegalRepIdNumberProtected", "LegalRepPhoneHash", "LegalRepPhoneMasked",
        "LegalRepPhoneProtected",
    ];

    public static readonly string[] FilingColumns =
    [
        "Id", "TenantId", "OperatorUserId", "Uscc", "ActiveKey", "FilingNumber", "ApplicationId", "Status", "FiledAtUtc", "FiledOn", "UpdatedAtUtc",
        "CodeSuspended", "CodeSuspensionReason", "CodeSuspendedAtUtc", "ChangedAtUtc", "DeregisteredAtUtc",
    ];

    public static readonly string[] SearchEntryColumns = ["FilingId", "Uscc", "FiledOn", "FilingNumber", "Names"];

    public static readonly string[] InstanceColumns =
    [
        "Id", "DefinitionId", "DefinitionKey", "DefinitionVersion", "SubjectType", "SubjectId", "TenantId", "Status", "CurrentState", "StartedAtUtc",
        "StateEnteredAtUtc", "CompletedAtUtc", "DueAtUtc", "Version",
    ];

    public static readonly string[] JournalColumns =
        ["InstanceId", "TenantId", "Kind", "AtUtc", "UserId", "UserName", "Trigger", "Label", "FromState", "ToState", "InputJson", "Comment", "IdempotencyKey"];

    public static readonly string[] TimerColumns =
        ["Id", "InstanceId", "TenantId", "State", "Name", "StartedAtUtc", "After", "Unit", "DueAtUtc", "Trigger", "IsDeadline"];

    public object?[] Licence(SeedOperator o)
    {
        var registered = o.SubmittedOn.AddYears(-3);
        return
        [
            Guid.NewGuid(), o.District.Id, o.Uscc, o.Name, "演示法定代表人", o.Address, o.District.Code, $"北京市{o.District.Name}市场监督管理局", registered,
            100m + (o.Ordinal % 900), "零售；餐饮服务；健身服务（演示数据）", registered, null, "有限责任公司", "演示数据", nowUtc,
        ];
    }

    public object?[] Application(SeedOperator o, bool open)
    {
        var updated = open ? o.SubmittedAtUtc : o.SubmittedAtUtc.AddDays(3);
        return
        [
            o.ApplicationId, o.District.Id, "Registration", null, o.UserId, o.Uscc, open ? o.Uscc : null,
            DemoIdentifiers.ApplicationNumber(o.SubmittedOn, o.Ordinal), open ? "Submitted" : "Approved", o.InstanceId, o.SubmittedAtUtc.AddDays(-1),
            updated, o.SubmittedAtUtc, o.SubmittedAtUtc, o.ShopName, o.Industry, o.District.Code, null, "SingleEntity", "演示法定代表人",
            "MainlandResidentId", o.Address, "Owned", null, null, "储值卡", 1, (long)(o.Ordinal % 5000), 50_000_000L + (o.Ordinal % 1000) * 10_000L,
            null, string.Empty, "1101**********0000", string.Empty, string.Empty, "138****0000", string.Empty,
        ];
    }

    public object?[] Filing(SeedOperator o, string number, DateOnly filedOn)
    {
        var filedAt = o.SubmittedAtUtc.AddDays(3);
        return
        [
            o.FilingId, o.District.Id, o.UserId, o.Uscc, o.Uscc, number, o.ApplicationId, "Filed", filedAt, filedOn, filedAt,
            false, null, null, null, null,
        ];
    }

    /// <summary>The filing's row of the portal's name search, as approval writes it (FilingSearchEntries).</summary>
    public static object?[] SearchEntry(SeedOperator o, string number, DateOnly filedOn) =>
        [o.FilingId, o.Uscc, filedOn, number, FilingSearchEntry.NamesOf(o.Name, o.ShopName)];

    public object?[] Instance(SeedOperator o, bool completed)
    {
        var entered = completed ? o.SubmittedAtUtc.AddDays(3) : o.SubmittedAtUtc;
        return
        [
            o.InstanceId, definitionId, "filing.registration", definitionVersion, "filing.application", o.ApplicationId.ToString(), o.District.Id,
            completed ? Completed : Running, completed ? "approved" : "submitted", o.SubmittedAtUtc.AddDays(-1), entered,
            completed ? entered : null, completed ? null : DueOf(o), completed ? 4 : 2,
        ];
    }

    /// <summary>Started, 提交, and for an approved operator 受理 and 审核通过 by the district's reviewer.</summary>
    public IEnumerable<object?[]> Journal(SeedOperator o, bool approvedToo)
    {
        var started = o.SubmittedAtUtc.AddDays(-1);
        yield return [o.InstanceId, o.District.Id, Started, started, o.UserId, o.Uscc, null, null, null, "draft", "{}", null, null];
        yield return [o.InstanceId, o.District.Id, Fired, o.SubmittedAtUtc, o.UserId, o.Uscc, "submit", "提交", "draft", "submitted", "{}", null, null];
        if (approvedToo)
        {
            var reviewer = o.District.Reviewer;
            yield return [o.InstanceId, o.District.Id, Fired, o.SubmittedAtUtc.AddDays(1), null, reviewer, "accept", "受理", "submitted", "under_review", "{}", null, null];
            yield return [o.InstanceId, o.District.Id, Fired, o.SubmittedAtUtc.AddDays(3), null, reviewer, "approve", "审核通过", "under_review", "approved", "{}", null, null];
        }
    }

    /// <summary>The 3-working-day acceptance deadline of an open application, due after the run (the host's clock stands still).</summary>
    public object?[] AcceptDeadline(SeedOperator o) =>
        [Guid.NewGuid(), o.InstanceId, o.District.Id, "submitted", "accept-deadline", o.SubmittedAtUtc, 3, WorkingDays, DueOf(o), null, true];

    private DateTime DueOf(SeedOperator o) => nowUtc.AddDays(3).AddMinutes(o.Ordinal % 600);
}
