using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Documents;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// The fill-in templates of 备案信息 (服务系统提供模板): 《承诺书》 (8. 其他信息: 下载《承诺书》模版, signed by the legal
/// representative and sealed) and the 存管账户证明文件 (7. 专用存管账户: 下载模版, filled in and stamped by the bank),
/// prefilled for the signed-in operator only: its licence, its own application's 专用存管账户 and today's date. The
/// wording is the city's setting.
/// </summary>
internal sealed class FilingTemplates(FilingApplications applications, ICustodyAccounts custody, ISettingProvider settings, IClock clock)
{
    public const string Footer = "本模板由单用途商业预付卡备案管理服务系统生成。";

    /// <summary>The kinds of upload that have a fill-in template.</summary>
    public static bool Has(AttachmentKind kind) => kind is AttachmentKind.CommitmentLetter or AttachmentKind.CustodyProof;

    /// <summary>The template, or null when the kind has none or the operator has no verified licence yet.</summary>
    public async Task<FillInTemplate?> BuildAsync(AttachmentKind kind, CancellationToken cancellationToken)
    {
        if (!Has(kind) || await applications.LicenceAsync(cancellationToken) is not { } licence)
        {
            return null;
        }

        var account = await AccountAsync(cancellationToken);
        var today = FilingReceiptPdf.FormatDate(clock.TodayInShanghai);
        return kind == AttachmentKind.CommitmentLetter
            ? new FillInTemplate("承诺书", "承诺书",
                [
                    ("经营者名称", licence.Name),
                    ("统一社会信用代码", licence.Uscc),
                    ("法定代表人（负责人）", licence.LegalRepresentative),
                    ("专用存管账户", account.Number.Length == 0 ? string.Empty : $"{account.Bank} {account.Branch} 账号 {account.Number}".Trim()),
                ],
                "本单位郑重承诺：",
                Paragraphs(await settings.GetOrNullAsync(FilingTemplateSettings.CommitmentLetterText, cancellationToken)),
                ["承诺单位（盖章）：", "法定代表人（负责人）签字：", "日期：" + today],
                Footer)
            : new FillInTemplate("单用途商业预付卡预收资金专用存管账户证明", "存管账户证明",
                [
                    ("经营者名称", licence.Name),
                    ("统一社会信用代码", licence.Uscc),
                    ("账户户名", licence.Name),
                    ("开户银行", account.Bank),
                    ("开户支行", account.Branch),
                    ("银行账号", account.Number),
                    ("申请日期", today),
                ],
                null,
                Paragraphs(await settings.GetOrNullAsync(FilingTemplateSettings.CustodyProofText, cancellationToken)),
                ["存管银行（盖章）：", "经办人：", "联系电话：", "出具日期：　　　　年　　月　　日"],
                Footer);
    }

    private static List<string> Paragraphs(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// 7. 专用存管账户 of the operator's own application as entered so far (blank where nothing is entered). The number in
    /// full: the bank certifies that very account, and it is the operator's own, downloaded by the operator.
    /// </summary>
    private async Task<(string Bank, string Branch, string Number)> AccountAsync(CancellationToken cancellationToken)
    {
        if (await applications.MineAsync(cancellationToken) is not { } application)
        {
            return (string.Empty, string.Empty, string.Empty);
        }

        var view = await custody.ReadAsync(application.Id, cancellationToken);
        var number = await custody.RevealAsync(application.Id, cancellationToken);
        return (view.BankName ?? string.Empty, view.BranchName ?? string.Empty, number ?? string.Empty);
    }
}
