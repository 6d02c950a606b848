using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>
/// A PNG read by hand: size from IHDR, and for 8-bit RGBA images the pixels (IDAT inflated and unfiltered), so
/// the tests check the files Teams will get rather than trusting the script that drew them.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[]? rgba;

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte[]? rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        this.rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>6 is RGBA (truecolour with alpha).</summary>
    public byte ColorType { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException($"{path} is not a PNG file (signature missing).");

        var chunks = ReadChunks(bytes, path);
        var ihdr = chunks.FirstOrDefault(c => c.Type == "IHDR").Data
            ?? throw new InvalidDataException($"{path} has no IHDR chunk.");
        var width = BinaryPrimitives.ReadInt32BigEndian(ihdr.AsSpan(0, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(ihdr.AsSpan(4, 4));
        byte bitDepth = ihdr[8];
        byte colorType = ihdr[9];
        byte interlace = ihdr[12];

        byte[]? pixels = null;
        if (bitDepth == 8 && colorType == 6 && interlace == 0)
        {
            using var compressed = new MemoryStream();
            foreach (var chunk in chunks.Where(c => c.Type == "IDAT"))
                compressed.Write(chunk.Data);
            compressed.Position = 0;
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            using var raw = new MemoryStream();
            inflater.CopyTo(raw);
            pixels = Unfilter(raw.ToArray(), width, height, path);
        }

        return new PngImage(width, height, bitDepth, colorType, pixels);
    }

    /// <summary>Pixel (r, g, b, a); only for 8-bit RGBA, non-interlaced images.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        if (rgba is null)
            throw new NotSupportedException($"Pixels are read only for 8-bit RGBA PNGs (this one: depth {BitDepth}, colour type {ColorType}).");
        var i = ((y * Width) + x) * 4;
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
                yield return Pixel(x, y);
        }
    }

    private static List<(string Type, byte[] Data)> ReadChunks(byte[] bytes, string path)
    {
        var chunks = new List<(string, byte[])>();
        var pos = 8;
        while (pos + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(pos, 4));
            if (length < 0 || pos + 12 + length > bytes.Length)
                throw new InvalidDataException($"{path}: chunk at byte {pos} runs past the end of the file.");
            var type = Encoding.ASCII.GetString(bytes, pos + 4, 4);
            chunks.Add((type, bytes.AsSpan(pos + 8, length).ToArray()));
            pos += 12 + length;
            if (type == "IEND")
                break;
        }

        return chunks;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, string path)
    {
        const int bpp = 4;
        var stride = width * bpp;
        if (raw.Length != height * (stride + 1))
            throw new InvalidDataException($"{path}: image data is {raw.Length} bytes, expected {height * (stride + 1)}.");

        var result = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var current = result.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> previous = y == 0 ? new byte[stride] : result.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? current[i - bpp] : 0;
                int up = previous[i];
                int upLeft = i >= bpp ? previous[i - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"{path}: unknown filter type {filter} on row {y}."),
                };
                current[i] = (byte)(line[i] + predictor);
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
