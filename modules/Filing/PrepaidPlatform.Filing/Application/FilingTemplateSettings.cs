using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// The wording of the templates the manual promises (二、备案要求 6: "承诺书：服务系统提供模板"; 7. 专用存管账户: 证明文件
/// 下载模版), which the city edits on 系统设置. One line is one paragraph of the document; the operator's name, USCC,
/// account and date are filled in around it, not typed into it.
/// </summary>
internal static class FilingTemplateSettings
{
    public const string Group = "备案文书模板";

    public const string CommitmentLetterText = "Filing.Templates.CommitmentLetterText";

    public const string CustodyProofText = "Filing.Templates.CustodyProofText";

    /// <summary>
    /// The operator's obligations under 《北京市单用途预付卡管理条例》 and its 实施办法 as the manual and REFERENCE.md state
    /// them (备案 and its changes, 资金存管, 数据报送, 合同, 信息公示, 退款, 投诉, 记录保存, 停止经营, the bars on issuing),
    /// summarised, not quoted: the city replaces the wording with its own in 系统设置.
    /// </summary>
    public const string DefaultCommitmentLetter =
        "一、本单位依照《北京市单用途预付卡管理条例》及其实施办法办理单用途商业预付卡经营备案，所填报的备案信息和上传的材料真实、准确、完整；备案信息发生变化的，及时通过服务系统办理变更备案。\n" +
        "二、本单位实行预付卡预收资金存管制度，在本市商业银行开立预收资金专用存管账户并签署存管协议，消费者购买预付卡的预收资金全部直接进入专用存管账户，并按规定比例存管。\n" +
        "三、本单位按规定通过服务系统如实报送预收资金余额等数据，不漏报、不瞒报。\n" +
        "四、本单位与消费者订立预付卡书面合同（可参考服务系统提供的示范文本），明确商品或服务内容、价款、有效期限、退款方式等双方权利义务。\n" +
        "五、本单位在经营场所显著位置公示备案码及预付卡相关信息，并为消费者提供预付卡余额等信息的查询。\n" +
        "六、消费者购卡后七日内未兑付商品或服务的，本单位按消费者要求全额退款；其他依法或依约应当退款的，在规定期限内办理退款。\n" +
        "七、本单位及时处理消费者投诉，并按规定保存预付卡发行、兑付、退款等记录。\n" +
        "八、本单位停止发卡或终止经营的，提前向社会公告并告知消费者，妥善处理预付卡余额退款等事宜后，按规定申请注销备案。\n" +
        "九、本单位不存在被列为失信被执行人、被列入经营异常名录或正在申请注销等不得发行预付卡的情形；出现上述情形的，立即停止发行预付卡。\n" +
        "十、如违反上述承诺，本单位愿意承担相应法律责任，并接受商务主管部门依法依规采取的监管措施和信用惩戒。";

    /// <summary>What the 存管银行 certifies (三、监管要求: 专用存管账户, 存管协议, 预收资金全部直接进入专用存管账户).</summary>
    public const string DefaultCustodyProof =
        "兹证明上述账户系该单位依照《北京市单用途预付卡管理条例》及其实施办法的规定，在我行开立的单用途商业预付卡预收资金专用存管账户，账户户名与经营者名称一致，账户状态正常。\n" +
        "我行已与该单位签署预收资金存管协议，按协议对该账户内的预收资金实施存管。\n" +
        "特此证明。";

    internal static void Define(ISettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(CommitmentLetterText, DefaultCommitmentLetter, "《承诺书》模板正文", Group, SettingValueType.MultilineText,
            Description: "经营者在备案信息中下载的《承诺书》的承诺条款，每行一条。经营者名称、统一社会信用代码、专用存管账户和日期由系统自动填入。"));
        context.Add(new SettingDefinition(CustodyProofText, DefaultCustodyProof, "存管账户证明文件模板正文", Group, SettingValueType.MultilineText,
            Description: "由存管银行填写盖章的专用存管账户证明的证明文字，每行一段。户名、开户银行、开户支行、账号由系统按经营者已填写的专用存管账户自动填入。"));
    }
}
