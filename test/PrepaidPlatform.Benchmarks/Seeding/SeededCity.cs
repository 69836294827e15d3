namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>A district as the platform seeded it (Platform_Tenants), with its demo reviewer account.</summary>
internal sealed record District(Guid Id, string Code, string Name)
{
    /// <summary>The demo seed's reviewer of this district (reviewer + district code).</summary>
    public string Reviewer => "reviewer" + Code;
}

/// <summary>An application waiting for its district (待受理) and its workflow instance.</summary>
internal sealed record PendingApplication(Guid Id, Guid InstanceId, District District);

/// <summary>What the seed wrote, for the figures to pick from.</summary>
internal sealed record SeededCity(
    IReadOnlyList<District> Districts,
    IReadOnlyList<string> FilingNumbers,
    IReadOnlyList<PendingApplication> Pending,
    int Rows,
    TimeSpan Took);
