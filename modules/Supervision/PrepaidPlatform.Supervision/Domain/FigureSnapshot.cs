using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Supervision.Domain;

/// <summary>
/// One pre-aggregated figure of a quarter: a district's operators sharing one value of one <see cref="Dimension"/>, with
/// the counts and sums the dashboards draw. The dashboards read these rows (a district its own, the city every district's,
/// summed per value), never the operators themselves: the aggregation is paid by the refresh, not by each view.
/// </summary>
internal sealed class FigureSnapshot : IMultiTenant
{
    private FigureSnapshot()
    {
        Quarter = Key = string.Empty;
    }

    public FigureSnapshot(Guid id, string quarter, Guid? tenantId, Dimension dimension, string key)
    {
        (Id, Quarter, TenantId, Dimension, Key) = (id, quarter, tenantId, dimension, key);
    }

    public Guid Id { get; private set; }

    public string Quarter { get; private set; }

    public Guid? TenantId { get; private set; }

    public Dimension Dimension { get; private set; }

    /// <summary>The value of the dimension (行业 name, street name, …); empty for <see cref="Dimension.District"/> (the tenant is the value).</summary>
    public string Key { get; private set; }

    public int Operators { get; set; }

    public long BalanceFen { get; set; }

    public long CustodyFen { get; set; }

    public int Compliant { get; set; }

    public int Connected { get; set; }

    public int Green { get; set; }

    public int Yellow { get; set; }

    public int Red { get; set; }

    public int Black { get; set; }

    public int Complaints { get; set; }

    public void Add(OperatorSnapshot o)
    {
        Operators++;
        BalanceFen += o.BalanceFen;
        CustodyFen += o.CustodyFen;
        Compliant += o.Compliant ? 1 : 0;
        Connected += o.Connected ? 1 : 0;
        Complaints += o.Complaints;
        switch (o.Colour)
        {
            case Colours.Yellow: Yellow++; break;
            case Colours.Red: Red++; break;
            case Colours.Black: Black++; break;
            default: Green++; break;
        }
    }
}

/// <summary>The risk codes' names as CreditRisk's overview gives them.</summary>
internal static class Colours
{
    public const string Green = "绿码";
    public const string Yellow = "黄码";
    public const string Red = "红码";
    public const string Black = "黑码";

    public static readonly IReadOnlyList<string> All = [Green, Yellow, Red, Black];
}
