using PrepaidPlatform.Custody.Domain;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Institutions;

/// <summary>The two lists share their pages; the route segment (banks / insurers) says which.</summary>
internal static class InstitutionKinds
{
    public const string Banks = "banks";
    public const string Insurers = "insurers";

    public static InstitutionKind? Parse(string? segment) => segment switch
    {
        Banks => InstitutionKind.Bank,
        Insurers => InstitutionKind.Insurer,
        _ => null,
    };

    public static string Segment(InstitutionKind kind) => kind == InstitutionKind.Bank ? Banks : Insurers;

    public static string StatusLabel(InstitutionStatus status) => status == InstitutionStatus.Active ? "启用" : "停用";
}
