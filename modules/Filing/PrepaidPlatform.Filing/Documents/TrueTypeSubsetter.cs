using System.Buffers.Binary;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// Makes a TrueType font that keeps only the outlines of the glyphs a document uses. SkiaSharp's PDF backend is built
/// without HarfBuzz subsetting (mono/SkiaSharp#2180) and embeds the whole font: 2.3 MB of WenQuanYi Micro Hei for a
/// one-page receipt. Glyph ids, the cmap and the metrics stay as they are, so text measures and lays out exactly as
/// with the full font and the PDF's ToUnicode map still comes out right; only the unused outlines (and the tables a
/// PDF never reads: layout, vertical metrics, glyph names) are left out. TrueType outlines only (glyf/loca); a CFF
/// font (.otf) gets no subsetter and is embedded whole.
/// </summary>
internal sealed class TrueTypeSubsetter
{
    // What a PDF viewer needs of an embedded TrueType font (PDF 32000 9.9), plus the hinting programs and the names.
    private static readonly string[] Kept = ["cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post", "prep"];

    private readonly Dictionary<string, byte[]> tables;
    private readonly int glyphCount;
    private readonly int[] offsets;

    private TrueTypeSubsetter(Dictionary<string, byte[]> tables)
    {
        this.tables = tables;
        glyphCount = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        var loca = tables["loca"];
        offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(g * 4)) : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(g * 2)) * 2;
        }
    }

    /// <returns>Null when the typeface has no TrueType outlines to subset.</returns>
    public static TrueTypeSubsetter? TryCreate(SKTypeface typeface)
    {
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in typeface.GetTableTags())
        {
            var name = TagName(tag);
            if (Kept.Contains(name, StringComparer.Ordinal) && typeface.TryGetTableData(tag, out var data))
            {
                tables[name] = data;
            }
        }

        string[] required = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"];
        return required.All(tables.ContainsKey) ? new TrueTypeSubsetter(tables) : null;
    }

    /// <summary>A complete font file with the outlines of <paramref name="glyphs"/> (and .notdef, and their components).</summary>
    public byte[] Subset(IEnumerable<ushort> glyphs)
    {
        var keep = new HashSet<int>();
        var pending = new Stack<int>(glyphs.Select(g => (int)g).Append(0).Where(g => g < glyphCount));
        var glyf = tables["glyf"];
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            foreach (var component in Components(glyf.AsSpan(offsets[glyph], offsets[glyph + 1] - offsets[glyph])))
            {
                if (component < glyphCount)
                {
                    pending.Push(component);
                }
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[(glyphCount + 1) * 4];
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
            if (keep.Contains(g))
            {
                newGlyf.Write(glyf, offsets[g], offsets[g + 1] - offsets[g]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyphCount * 4), (uint)newGlyf.Length);

        var head = (byte[])tables["head"].Clone();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: long offsets

        var output = new Dictionary<string, byte[]>(tables, StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf.ToArray(),
            ["loca"] = newLoca,
            ["head"] = head,
            ["hmtx"] = ClearUnusedSideBearings(tables["hmtx"], keep),
        };
        if (tables.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // post version 3: no glyph names (half a megabyte in this font), which a PDF never uses.
            var post3 = post[..32];
            BinaryPrimitives.WriteUInt32BigEndian(post3, 0x00030000);
            output["post"] = post3;
        }

        return Assemble(output);
    }

    /// <summary>Glyph ids a composite glyph is made of (glyf: numberOfContours &lt; 0, then component records).</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0; // scale / x-y scale / 2x2
        }
        while ((flags & 0x0020) != 0 && at + 4 <= glyph.Length); // MORE_COMPONENTS

        return components;
    }

    /// <summary>Zeroes the left side bearings of dropped glyphs (advances stay): they compress to almost nothing.</summary>
    private byte[] ClearUnusedSideBearings(byte[] hmtx, HashSet<int> keep)
    {
        var copy = (byte[])hmtx.Clone();
        var longMetrics = BinaryPrimitives.ReadUInt16BigEndian(tables["hhea"].AsSpan(34));
        for (var g = 0; g < glyphCount; g++)
        {
            var at = g < longMetrics ? (g * 4) + 2 : (longMetrics * 4) + ((g - longMetrics) * 2);
            if (!keep.Contains(g) && at + 2 <= copy.Length)
            {
                BinaryPrimitives.WriteInt16BigEndian(copy.AsSpan(at), 0);
            }
        }

        return copy;
    }

    /// <summary>The sfnt file: offset table, table records sorted by tag, 4-byte aligned tables, head's checksum fixed up.</summary>
    private static byte[] Assemble(Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var entrySelector = (int)Math.Floor(Math.Log2(tags.Count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + (16 * tags.Count);
        var length = headerLength + tags.Sum(t => Align(tables[t].Length));
        var file = new byte[length];

        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)tags.Count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)((tags.Count * 16) - searchRange));

        var offset = headerLength;
        var headOffset = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var data = tables[tags[i]];
            var record = file.AsSpan(12 + (16 * i));
            for (var c = 0; c < 4; c++)
            {
                record[c] = (byte)tags[i][c];
            }

            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(file, offset);
            headOffset = tags[i] == "head" ? offset : headOffset;
            offset += Align(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(file)));
        return file;
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var b = 0; b < 4; b++)
            {
                word = (word << 8) | (i + b < data.Length ? data[i + b] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }

    private static string TagName(uint tag) =>
        string.Create(4, tag, (chars, t) =>
        {
            for (var c = 0; c < 4; c++)
            {
                chars[c] = (char)((t >> (24 - (8 * c))) & 0xFF);
            }
        });
}
