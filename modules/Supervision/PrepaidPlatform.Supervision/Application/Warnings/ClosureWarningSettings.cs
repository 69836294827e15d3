using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Supervision.Application.Warnings;

/// <summary>The closure-risk warning's threshold, a city setting edited on 系统设置 with the others.</summary>
internal static class ClosureWarningSettings
{
    public const string Threshold = "Supervision.ClosureWarning.Threshold";

    public static void Define(ISettingDefinitionContext context) =>
        context.Add(new SettingDefinition(Threshold, "50", "闭店风险预警阈值（分）", "监管看板", SettingValueType.WholeNumber,
            Description: "经营者闭店风险分（发卡激增消费下降30、存管不足20、存管缩水15、投诉上升20、欠费25、注销申请50，累加）达到该值即列入本区预警名单，并向区商务部门发送站内消息。",
            Minimum: 1, Maximum: 200));
}
