namespace PrepaidPlatform.Filing.Domain;

/// <summary>类别 (备案登记 · 基本信息 · 提示(3)): a single entity, or the head office filing for its branches.</summary>
internal enum FilingCategory
{
    SingleEntity = 1,   // 法人企业（单一主体备案）
    MergedBranches = 2, // 法人企业 · 合并分公司备案
}

/// <summary>房屋归属 (备案登记 · 5. 经营场所信息).</summary>
internal enum PremisesOwnership
{
    Rented = 1, // 租赁: the lease term is required
    Owned = 2,  // 自有
}

/// <summary>发卡类型: the card kinds of the MOFCOM 2012 measure (记名卡 / 不记名卡), which districts supervise differently.</summary>
[Flags]
internal enum CardKinds
{
    None = 0,
    Named = 1,  // 记名卡
    Bearer = 2, // 不记名卡
}

/// <summary>The business status of an application; the workflow's state is the authority, this is its copy for lists.</summary>
internal enum FilingApplicationStatus
{
    Draft = 0,       // 草稿
    Submitted = 1,   // 待受理
    UnderReview = 2, // 审核中
    Rejected = 3,    // 备案驳回
    Approved = 4,    // 完成备案
    Withdrawn = 5,   // 已撤回
}

/// <summary>What an application asks for: the first filing, or a change of a standing one (its number stays).</summary>
internal enum FilingApplicationKind
{
    Registration = 0, // 备案登记
    Change = 1,       // 变更备案
}
