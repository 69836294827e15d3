namespace PrepaidPlatform.Platform.Caching;

/// <summary>
/// A public page's answer kept in the database (Platform_PublicViews): what the page shows of one key (a 备案编号), built
/// by the page's module from its live reads and serialized by it, so a page costs one look-up by primary key instead of
/// the live path's joins and contract calls (issues 14 and 18). Only what the page shows publicly is stored.
/// <para>A row answers only while it is current: <see cref="ValidOn"/> is today (Asia/Shanghai: risk counts and colours
/// depend on the date), and <see cref="Stamp"/> and <see cref="GlobalStamp"/> equal the operator's and the global
/// <see cref="PublicViewStamp"/> as they stood before the live reads it was built from. An integration event that may change
/// a page bumps the stamp (<see cref="PublicViewStore.InvalidateAsync"/>), so a row built from reads before the change
/// never answers after it, whatever order the rebuild's write and the bump take.</para>
/// </summary>
public sealed class PublicView
{
    /// <summary>The page's kind (<c>filing-code</c>, <c>gongshi-operator</c>): each module keeps its own.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The key the page is read by (the 备案编号).</summary>
    public string ViewKey { get; set; } = string.Empty;

    /// <summary>The operator account the page is about: its stamp makes the row stale.</summary>
    public Guid OperatorUserId { get; set; }

    /// <summary>The page's view as its module serialized it (JSON).</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>The Shanghai day the row was built for; it answers on that day only.</summary>
    public DateOnly ValidOn { get; set; }

    public long Stamp { get; set; }

    public long GlobalStamp { get; set; }

    public DateTime BuiltAtUtc { get; set; }
}

/// <summary>
/// A change counter (Platform_PublicViewStamps): one row per operator whose public pages changed, and the global one
/// (<see cref="PublicViewStore.Global"/>) for a change of many at once (a night's risk codes). No row reads as 0.
/// </summary>
public sealed class PublicViewStamp
{
    public Guid Scope { get; set; }

    public long Stamp { get; set; }
}
