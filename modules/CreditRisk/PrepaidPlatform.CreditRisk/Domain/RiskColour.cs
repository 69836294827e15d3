namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>The risk code's colours, worst last (REFERENCE.md "Risk codes").</summary>
internal enum RiskColour
{
    Green = 0,
    Yellow = 1,
    Red = 2,
    Black = 3,
}

internal static class RiskColours
{
    public static string Name(RiskColour colour) => colour switch
    {
        RiskColour.Yellow => "黄码",
        RiskColour.Red => "红码",
        RiskColour.Black => "黑码",
        _ => "绿码",
    };

    public static string Badge(RiskColour colour) => colour switch
    {
        RiskColour.Yellow => "text-bg-warning",
        RiskColour.Red => "text-bg-danger",
        RiskColour.Black => "text-bg-dark",
        _ => "text-bg-success",
    };

    public static RiskColour? ByName(string? name) => name?.Trim() switch
    {
        "绿码" => RiskColour.Green,
        "黄码" => RiskColour.Yellow,
        "红码" => RiskColour.Red,
        "黑码" => RiskColour.Black,
        _ => null,
    };
}
