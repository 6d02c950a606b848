using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Teams;

public class IconTests
{
    private static string IconPath(string name) => Path.Combine(RepositoryPaths.TeamsApp, name);

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icon_named_in_the_manifest_exists_with_the_size_teams_demands(string icon, int size)
    {
        var file = (string)ManifestFile.Substituted()["icons"]![icon]!;
        var png = PngImage.Read(IconPath(file));

        Assert.Equal((size, size), (png.Width, png.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var png = PngImage.Read(IconPath("outline.png"));
        var pixels = png.Pixels().ToList();

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal((byte)0, png.Pixel(0, 0).A);
        Assert.Contains(pixels, p => p.A == 255);
        // Enough transparent area that the shape reads as an outline, not a white square.
        Assert.InRange(pixels.Count(p => p.A == 0), pixels.Count / 3, pixels.Count - 1);
    }

    [Fact]
    public void Color_icon_is_opaque_with_the_accent_colour_as_background()
    {
        var png = PngImage.Read(IconPath("color.png"));
        var accent = Convert.FromHexString(((string)ManifestFile.Substituted()["accentColor"]!).TrimStart('#'));

        Assert.All(png.Pixels(), p => Assert.Equal((byte)255, p.A));
        Assert.Equal((accent[0], accent[1], accent[2]), (png.Pixel(0, 0).R, png.Pixel(0, 0).G, png.Pixel(0, 0).B));
        Assert.Contains(png.Pixels(), p => p is { R: 255, G: 255, B: 255 });
    }

    [Fact]
    public async Task Committed_icons_are_exactly_what_make_icons_py_draws()
    {
        var folder = Directory.CreateTempSubdirectory("sbb-icons-");
        try
        {
            var result = await ProcessRunner.RunAsync("python3", [Path.Combine(RepositoryPaths.TeamsApp, "make-icons.py"), folder.FullName]);

            Assert.True(result.ExitCode == 0, result.StandardError);
            foreach (var name in new[] { "color.png", "outline.png" })
                Assert.Equal(File.ReadAllBytes(IconPath(name)), File.ReadAllBytes(Path.Combine(folder.FullName, name)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
