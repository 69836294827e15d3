using PrepaidPlatform.Platform.Rules;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>Reads the "规则配置" settings in one query and hands them out typed (percentages become fractions).</summary>
internal sealed class RuleProfile(SettingProvider settings, SettingDefinitionManager definitions) : IRuleProfile
{
    public async Task<RuleFigures> GetAsync(CancellationToken cancellationToken = default)
    {
        var resolved = await settings.ResolveAsync([.. definitions.All.Where(d => d.Group == RuleSettings.Group)], null, cancellationToken);
        var values = resolved.ToDictionary(r => r.Definition.Name, r => r.Value, StringComparer.Ordinal);

        long Fen(string name) => SettingProvider.ParseLong(name, values[name]);
        int Whole(string name) => SettingProvider.ParseInt(name, values[name]);
        decimal Ratio(string name) => SettingProvider.ParseDecimal(name, values[name]) / 100m;

        return new RuleFigures
        {
            Profile = SettingProvider.Parse(RuleSettings.Profile, values[RuleSettings.Profile], s => Enum.Parse<RuleProfileKind>(s, ignoreCase: false)),
            FilingThresholdFen = Fen(RuleSettings.FilingThresholdFen),
            CustodyRatio = Ratio(RuleSettings.CustodyPercent),
            ReportingDeadlineWorkingDays = Whole(RuleSettings.ReportingDeadlineWorkingDays),
            ReviewWorkingDays = Whole(RuleSettings.ReviewWorkingDays),
            DeregistrationNoticeDays = Whole(RuleSettings.DeregistrationNoticeDays),
            ShanghaiCustodyThresholdFen = Fen(RuleSettings.ShanghaiCustodyThresholdFen),
            ShanghaiCustodyRatio = Ratio(RuleSettings.ShanghaiCustodyPercent),
            ShanghaiSpecialStandardRevenueRatio = Ratio(RuleSettings.ShanghaiSpecialStandardRevenuePercent),
            ShanghaiSpecialStandardCapFen = Fen(RuleSettings.ShanghaiSpecialStandardCapFen),
            ShanghaiSpecialStandardCustodyRatio = Ratio(RuleSettings.ShanghaiSpecialStandardCustodyPercent),
            ShanghaiYoungOperatorMonths = Whole(RuleSettings.ShanghaiYoungOperatorMonths),
            ShanghaiYoungOperatorCustodyRatio = Ratio(RuleSettings.ShanghaiYoungOperatorCustodyPercent),
            ShanghaiSeriousDishonestCustodyRatio = Ratio(RuleSettings.ShanghaiSeriousDishonestCustodyPercent),
            ShanghaiQuarterlyReportDay = Whole(RuleSettings.ShanghaiQuarterlyReportDay),
            ShanghaiConnectionMarkWorkingDays = Whole(RuleSettings.ShanghaiConnectionMarkWorkingDays),
            FeedDivergenceRatio = Ratio(RuleSettings.FeedDivergencePercent),
        };
    }
}
