using System.Text;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// 公示检索's row of a filing (issue 18): the names a consumer searches it by — the licence's 企业名称 and the 店铺名称 on file
/// — folded into one short text, and the keys the portal lists results in. The portal's name search scans this narrow
/// table alone instead of every filing joined with its application and licence (2.7 s p95 at 100,000 operators). It is
/// derived data, kept by Filing where the names change: approval adds it, a confirmed change and 更新证照 rename it; 注销
/// changes neither names nor order (the portal lists deregistered filings as 已注销). Start-up adds rows that are missing.
/// Not audited: the filing, its application and licence are.
/// </summary>
internal sealed class FilingSearchEntry
{
    /// <summary>Between the two names: a term containing it matches nothing, so no match spans the two.</summary>
    public const char Separator = '\u001F';

    /// <summary>128 (licence) + 64 (shop) + the separator, with room for what NFKC folding expands.</summary>
    public const int NamesMaxLength = 400;

    private FilingSearchEntry()
    {
        Uscc = FilingNumber = Names = string.Empty;
    }

    public FilingSearchEntry(Guid filingId, string uscc, DateOnly filedOn, string filingNumber, string? licenceName, string? shopName)
        : this()
    {
        FilingId = filingId;
        Uscc = uscc;
        FiledOn = filedOn;
        FilingNumber = filingNumber;
        Names = NamesOf(licenceName, shopName);
    }

    public static FilingSearchEntry Of(OperatorFiling filing, string? licenceName, string? shopName) =>
        new(filing.Id, filing.Uscc, filing.FiledOn, filing.FilingNumber, licenceName, shopName);

    public Guid FilingId { get; private set; }

    /// <summary>The filing's USCC: 更新证照 renames the rows of its filings.</summary>
    public string Uscc { get; private set; }

    public DateOnly FiledOn { get; private set; }

    public string FilingNumber { get; private set; }

    /// <summary>The folded names (<see cref="Fold"/>); only ever compared with a folded term, never shown.</summary>
    public string Names { get; private set; }

    public void Rename(string? licenceName, string? shopName) => Names = NamesOf(licenceName, shopName);

    /// <summary>
    /// The text a term is looked for in: both names folded, one of them alone when it contains the other (a term found in
    /// the shorter is found in the longer), else both with <see cref="Separator"/> between them.
    /// </summary>
    public static string NamesOf(string? licenceName, string? shopName)
    {
        var licence = Fold(licenceName).Replace(Separator.ToString(), string.Empty, StringComparison.Ordinal);
        var shop = Fold(shopName).Replace(Separator.ToString(), string.Empty, StringComparison.Ordinal);
        var names = licence.Contains(shop, StringComparison.Ordinal) ? licence
            : shop.Contains(licence, StringComparison.Ordinal) ? shop
            : licence + Separator + shop;
        return names.Length <= NamesMaxLength ? names : names[..NamesMaxLength];
    }

    /// <summary>
    /// What the search compares, byte for byte: compatibility-normalised (full-width letters and digits as ASCII) and lower
    /// case, so 'ＡＢＣ', 'ABC' and 'abc' find each other as MariaDB's case-insensitive collation let them on the joined names.
    /// </summary>
    public static string Fold(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
