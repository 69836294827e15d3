using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Application;

/// <summary>One line of the 存管账单 table (专用存管账户管理 · 存管账单), its account as the statement's binding named it.</summary>
internal sealed record StatementRow(DateTime AsOfUtc, long BalanceFen, long CustodyFen, long AvailableFen, CustodyAccountStatus Status, string Account, string? Remark);

/// <summary>An earlier or current 专用存管账户 of the operator.</summary>
internal sealed record BindingRow(string Account, string BranchName, DateTime BoundAtUtc, DateTime? UnboundAtUtc);

/// <summary>
/// The operator's own 专用存管账户 page: the supervised account, its statements and the binding history. Everything is
/// found from the signed-in operator's user id inside its district's tenant filter, so no id from the request can reach
/// another operator's rows.
/// </summary>
internal sealed class CustodyAccountPage(PlatformDbContext db, ICurrentUser currentUser)
{
    public const int PageSize = 20;

    /// <summary>The most rows one export holds: a year of daily statements several times over.</summary>
    public const int ExportLimit = 10_000;

    /// <summary>Beijing has no daylight saving: a Beijing day starts at 16:00 UTC the day before.</summary>
    private static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    public async Task<CustodyOperator?> FindOperatorAsync(CancellationToken cancellationToken) =>
        currentUser.Id is { } userId
            ? await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.OperatorUserId == userId, cancellationToken)
            : null;

    /// <summary>The statements as of a Beijing day range (both ends included), newest first: one page, and the total count.</summary>
    public async Task<(IReadOnlyList<StatementRow> Rows, int Total)> StatementsAsync(
        Guid operatorId, DateOnly? from, DateOnly? to, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Set<CustodyStatement>().AsNoTracking().Where(s => s.OperatorId == operatorId);
        if (from is { } f)
        {
            var start = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ShanghaiOffset;
            query = query.Where(s => s.AsOfUtc >= start);
        }

        if (to is { } t)
        {
            var end = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ShanghaiOffset;
            query = query.Where(s => s.AsOfUtc < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var statements = await query.OrderByDescending(s => s.AsOfUtc).ThenByDescending(s => s.ReceivedAtUtc)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var bindings = await db.Set<CustodyBinding>().AsNoTracking().Where(b => b.OperatorId == operatorId).ToDictionaryAsync(b => b.Id, cancellationToken);
        var rows = statements.Select(s => new StatementRow(
            s.AsOfUtc, s.BalanceFen, s.CustodyFen, s.AvailableFen, s.AccountStatus,
            bindings.TryGetValue(s.BindingId, out var b) ? AccountLabel(b.BankCode, b.AccountNumber) : ShanghaiNone,
            s.Remark)).ToList();
        return (rows, total);
    }

    public async Task<IReadOnlyList<BindingRow>> BindingsAsync(Guid operatorId, CancellationToken cancellationToken) =>
        (await db.Set<CustodyBinding>().AsNoTracking().Where(b => b.OperatorId == operatorId)
            .OrderByDescending(b => b.BoundAtUtc).ToListAsync(cancellationToken))
        .Select(b => new BindingRow(AccountLabel(b.BankCode, b.AccountNumber), b.BranchName, b.BoundAtUtc, b.UnboundAtUtc))
        .ToList();

    /// <summary>账户信息 column: 开户银行 and the masked 银行账号.</summary>
    public static string AccountLabel(string bankCode, ProtectedValue number) =>
        $"{CustodyBanks.Find(bankCode)?.Name ?? bankCode} {number.Masked}";

    /// <summary>元 with two decimals and thousands separators, as the manual's table shows amounts.</summary>
    public static string Yuan(long? fen) =>
        fen is { } value ? (value / 100m).ToString("#,0.00", CultureInfo.InvariantCulture) : ShanghaiNone;

    private const string ShanghaiNone = "—";
}
