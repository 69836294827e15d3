using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// The draw of 双随机: each candidate's place is the first 8 bytes of SHA-256 over "seed:pool:id" and the lowest places are
/// drawn. Anyone with the seed and the candidate list can redo it by hand or in any language, which a library's random
/// generator would not promise across versions.
/// </summary>
internal static class RandomDraw
{
    public static List<Guid> Pick(IEnumerable<Guid> candidates, long seed, string pool, int count) =>
        candidates.Select(id => (Id: id, Place: Place(seed, pool, id))).OrderBy(c => c.Place).ThenBy(c => c.Id).Take(count).Select(c => c.Id).ToList();

    /// <summary>The share of <paramref name="others"/> to draw, rounded up: 5 % of 30 operators is 2.</summary>
    public static int Share(int others, int percent) => (int)Math.Ceiling(others * percent / 100m);

    public static string Join(IEnumerable<Guid> ids) => string.Join('\n', ids.Select(id => id.ToString("N")));

    public static List<Guid> Split(string text) =>
        text.Length == 0 ? [] : text.Split('\n').Select(Guid.Parse).ToList();

    private static ulong Place(long seed, string pool, Guid id) =>
        BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{pool}:{id:N}")));
}
