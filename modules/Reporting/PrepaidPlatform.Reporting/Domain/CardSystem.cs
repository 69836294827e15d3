namespace PrepaidPlatform.Reporting.Domain;

/// <summary>
/// 发卡系统: a card-issuing system (an operator's own or a service provider's) that the city connects to the platform's T+1
/// feed (issue 13 · 6). City-wide, no tenant: one system serves operators of every district. Its machine credentials live
/// in the kernel's <c>IApiClients</c> under <see cref="CardSystemApiOwner"/>; a 停用 system's keys stop working at once.
/// </summary>
internal sealed class CardSystem
{
    public const int NameMax = 64;

    private CardSystem()
    {
        Name = Uscc = string.Empty;
    }

    public CardSystem(Guid id, string name, string uscc, DateTime nowUtc)
        : this()
    {
        (Id, Name, Uscc, CreatedAtUtc, Active) = (id, name, uscc, nowUtc, true);
    }

    public Guid Id { get; private set; }

    /// <summary>发卡系统名称, as operators and districts see it ("已对接：某某会员卡系统").</summary>
    public string Name { get; private set; }

    /// <summary>统一社会信用代码 of the system's operator (the provider, or the operator itself).</summary>
    public string Uscc { get; private set; }

    /// <summary>启用 / 停用: a 停用 system's keys are refused and its operators read as 未对接.</summary>
    public bool Active { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public void Update(string name, string uscc, bool active) => (Name, Uscc, Active) = (name, uscc, active);
}

/// <summary>The owner type under which the kernel keeps a card system's credentials (OwnerId = <see cref="CardSystem.Id"/>).</summary>
internal static class CardSystemApiOwner
{
    public const string CardSystem = "reporting.cardSystem";
}
