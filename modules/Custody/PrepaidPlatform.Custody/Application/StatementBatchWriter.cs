using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// Writes a batch's statements and its accounts' latest figures set-based, in the caller's transaction, through the
/// kernel's <see cref="SetBasedWriter"/> (issue 12 · Speed). A unique-index violation (the (InstitutionId, BankReference)
/// index: another delivery stored a reference since we read them) surfaces as a <c>DbUpdateException</c>.
/// </summary>
internal sealed class StatementBatchWriter(PlatformDbContext db)
{
    private static readonly string[] LatestFigures =
    [
        nameof(CustodyOperator.LatestBalanceFen), nameof(CustodyOperator.LatestCustodyFen), nameof(CustodyOperator.LatestAvailableFen),
        nameof(CustodyOperator.LatestAsOfUtc), nameof(CustodyOperator.AccountStatus), nameof(CustodyOperator.StatusRemark),
    ];

    private readonly SetBasedWriter _writer = new(db);

    public Task InsertAsync(IReadOnlyList<CustodyStatement> statements, CancellationToken cancellationToken) =>
        _writer.InsertAsync(statements, cancellationToken);

    /// <summary>The statements, unless one's reference is stored already (the unique index): then false, and the caller rolls back.</summary>
    public Task<bool> TryInsertAllAsync(IReadOnlyList<CustodyStatement> statements, CancellationToken cancellationToken) =>
        _writer.TryInsertAllAsync(statements, cancellationToken);

    /// <summary>Sets each operator's latest figures (balance, custody, available, as-of, status, 说明) as they stand on the instance.</summary>
    public Task UpdateLatestAsync(IReadOnlyCollection<CustodyOperator> operators, CancellationToken cancellationToken) =>
        _writer.UpdateAsync(operators, LatestFigures, cancellationToken);
}
