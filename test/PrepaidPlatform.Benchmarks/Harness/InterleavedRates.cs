namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// The ingestion figures' two rates, measured batch by batch: each timed API batch is followed by a bulk copy of as many
/// rows, so both rates share the machine's moment (one copy after all the batches measured the baseline at another one).
/// </summary>
internal sealed class InterleavedRates
{
    private readonly List<double> _batchMs = [];
    private long _commands;

    public int Rows { get; private set; }

    public double ApiSeconds { get; private set; }

    public double BulkSeconds { get; private set; }

    public int Batches => _batchMs.Count;

    public double ApiRate => Rows / ApiSeconds;

    public double BulkRate => Rows / BulkSeconds;

    public double Ratio => ApiRate / BulkRate;

    public double CommandsPerBatch => _commands / (double)Math.Max(1, Batches);

    public Latencies Latencies => new(_batchMs);

    /// <summary>One timed batch of <paramref name="rows"/> records and the bulk copy of as many rows that followed it.</summary>
    public void Add(int rows, TimeSpan batch, long commands, double copySeconds)
    {
        Rows += rows;
        ApiSeconds += batch.TotalSeconds;
        _batchMs.Add(batch.TotalMilliseconds);
        _commands += commands;
        BulkSeconds += copySeconds;
    }
}
