using PrepaidPlatform.CreditRisk;

namespace PrepaidPlatform.Portal.Application;

/// <summary>The four public lists of prepaid-card operators, by the slug of their address (/Gongshi/Lists/{slug}).</summary>
internal sealed record PortalList(string Slug, string Title, string Note, PublicCreditList? CreditList)
{
    public const string SlugPattern = "^(abnormal|dishonest|penalties|deregistrations)$";

    public static readonly IReadOnlyList<PortalList> All =
    [
        new("abnormal", "经营异常名录", "被列入经营异常名录的预付卡经营者不得发行单用途商业预付卡。", PublicCreditList.AbnormalOperation),
        new("dishonest", "严重失信主体名单", "被列为严重失信主体的预付卡经营者，其预收资金须全额存管。", PublicCreditList.SeriousDishonest),
        new("penalties", "行政处罚公示", "预付卡经营者受到的行政处罚（在公示期内）。", PublicCreditList.AdministrativePenalty),
        new("deregistrations", "注销公示", "以下经营者已申请终止单用途商业预付卡业务。公示期内尚有预付卡余额的消费者，请及时联系经营者办理退款。", null),
    ];

    public static PortalList? Find(string? slug) => All.FirstOrDefault(l => l.Slug == slug);
}
