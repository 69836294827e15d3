using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Application;

/// <summary>One row of an import as the page and the error report show it.</summary>
internal sealed record StatementImportRow(int RowNumber, string? Reference, string MaskedAccount, StatementImportRowResult Result, string? Reason)
{
    public string ResultLabel => Result switch
    {
        StatementImportRowResult.Accepted => "已导入",
        StatementImportRowResult.Duplicate => "重复",
        StatementImportRowResult.Refused => "拒绝",
        _ => "未导入",
    };
}

internal enum StatementImportRowResult
{
    Accepted = 1,
    Duplicate = 2,
    Refused = 3,

    /// <summary>A good row of a file that was refused because of other rows: checked, not stored.</summary>
    NotStored = 4,
}

/// <summary>What became of an import: the file's refusal, or every row's result (nothing stored when any row is refused).</summary>
internal sealed record StatementImportResult(string? FileError, IReadOnlyList<StatementImportRow> Rows)
{
    public static StatementImportResult FileRefused(string message) => new(message, []);

    /// <summary>The statements were stored: the file was read and no row was refused.</summary>
    public bool Stored => FileError is null && Refused == 0;

    public int Accepted => Count(StatementImportRowResult.Accepted);

    public int Duplicates => Count(StatementImportRowResult.Duplicate);

    public int Refused => Count(StatementImportRowResult.Refused);

    public int NotStored => Count(StatementImportRowResult.NotStored);

    public IEnumerable<StatementImportRow> Problems => Rows.Where(r => r.Result != StatementImportRowResult.Accepted);

    private int Count(StatementImportRowResult result) => Rows.Count(r => r.Result == result);
}

/// <summary>
/// The city's 存管账单 import for a bank without the API (issue 12 · 3): the file's rows go through the API's own
/// <see cref="StatementIngestion"/> as one delivery of that bank (source <see cref="StatementSource.Import"/>), all or
/// nothing: a file with a refused row keeps nothing — no statement, no delivery — so a corrected file can simply be imported
/// again; duplicates alone do not block it (a re-imported file answers 重复 and changes nothing).
/// </summary>
internal sealed class StatementImport(PlatformDbContext db, StatementIngestion ingestion)
{
    public const string FileRefusedHint = "整份文件未导入：";
    public const string BlockedReason = "本行无误，但文件中有被拒绝的行，整份文件未导入；请修正被拒绝的行后重新导入整份文件。";

    /// <summary>The active 存管银行 a city user may import for.</summary>
    public Task<List<CustodyInstitution>> BanksAsync(CancellationToken cancellationToken) =>
        db.Set<CustodyInstitution>().AsNoTracking()
            .Where(i => i.Kind == InstitutionKind.Bank && i.Status == InstitutionStatus.Active && i.BankCode != null)
            .OrderBy(i => i.Name).ToListAsync(cancellationToken);

    public async Task<StatementImportResult> ImportAsync(Guid bankId, string? fileName, long length, Stream content, CancellationToken cancellationToken)
    {
        var bank = (await BanksAsync(cancellationToken)).FirstOrDefault(b => b.Id == bankId);
        if (bank is null)
        {
            return StatementImportResult.FileRefused("请选择要导入账单的存管银行（已启用的存管银行）。");
        }

        var file = await StatementFileReader.ReadAsync(fileName, length, content, cancellationToken);
        if (file.Error is { } error)
        {
            return StatementImportResult.FileRefused(FileRefusedHint + error);
        }

        var outcome = await ingestion.IngestAsync(bank, file.Rows.Select(r => r.Input).ToList(), StatementSource.Import, wholeOrNothing: true, cancellationToken);
        var blocked = outcome.Count(StatementRecordResult.Refused) > 0;
        var rows = outcome.Records.Select(r =>
        {
            var row = file.Rows[r.Index];
            var result = r.Result switch
            {
                StatementRecordResult.Accepted when blocked => StatementImportRowResult.NotStored,
                StatementRecordResult.Accepted => StatementImportRowResult.Accepted,
                StatementRecordResult.Duplicate => StatementImportRowResult.Duplicate,
                _ => StatementImportRowResult.Refused,
            };
            var reason = result switch
            {
                StatementImportRowResult.NotStored => BlockedReason,
                StatementImportRowResult.Duplicate => "该银行业务编号已导入或已通过接口报送（或在本文件中重复），本行未再保存。",
                _ => r.Reason,
            };
            return new StatementImportRow(row.Number, r.Reference, Masking.FirstFourLastFour(row.Input.AccountNumber), result, reason);
        }).ToList();
        return new StatementImportResult(null, rows);
    }
}
