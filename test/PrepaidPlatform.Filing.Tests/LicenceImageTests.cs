using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 证照信息 · 证照图片: the image the licence service returns is kept with the licence and shown on the operator's form, in
/// its read-only view and in the district's review, served to the operator, its district and the city, to no one else.
/// </summary>
public sealed partial class LicenceImageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";

    [Fact]
    public async Task The_sandbox_verification_stores_a_generated_licence_image_shown_in_the_operators_licence_section()
    {
        await factory.OnceAsync(_ => HaidianOperator.RegisterAsync(factory));
        using var client = await factory.SignedInClientAsync(OtherOperators.HaidianUscc, OtherOperators.Password);

        var src = ImageSource(await client.GetPageAsync(FilingInfoPage.Url));
        src.ShouldBe($"/Filing/Licences/{await LicenceIdAsync(OtherOperators.HaidianUscc)}/Image");
        var response = await client.GetAsync(src);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        (image.Width, image.Height).ShouldBe((1000, 700));
        var stored = await factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorLicenceImage>().AsNoTracking()
                .SingleAsync(i => i.LicenceId == Guid.Parse(src.Split('/')[3]));
        });
        stored.ContentType.ShouldBe("image/png");
        stored.TenantId.ShouldBe(TenantSeeder.IdFor("110108"));
    }

    [Fact]
    public async Task The_image_shows_in_the_read_only_view_and_the_districts_review_and_is_served_to_its_district_and_the_city_only()
    {
        await factory.OnceAsync(_ => HaidianOperator.RegisterAsync(factory));
        var src = $"/Filing/Licences/{await LicenceIdAsync(DemoUser)}/Image";
        using var operatorClient = await factory.SignedInClientAsync(DemoUser);
        ImageSource(await operatorClient.GetPageAsync(FilingInfoPage.Url)).ShouldBe(src);
        var submitted = await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete());
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));

        // 已提交: the read-only view carries 证照信息 with the image, without 更新证照.
        var readOnly = await operatorClient.GetPageAsync(FilingInfoPage.Url);
        readOnly.ShouldContain("data-testid=\"filing-summary\"");
        ImageSource(readOnly).ShouldBe(src);
        (await operatorClient.GetAsync(src)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var applicationId = await factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().Where(a => a.Uscc == DemoUser).Select(a => a.Id).SingleAsync();
        });
        using var district = await factory.SignedInClientAsync("reviewer110107");
        ImageSource(await district.GetPageAsync($"/Filing/Applications/{applicationId}")).ShouldBe(src);
        (await district.GetAsync(src)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetAsync(src)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var otherDistrict = await factory.SignedInClientAsync("reviewer110108");
        (await otherDistrict.GetAsync(src)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var otherOperator = await factory.SignedInClientAsync(OtherOperators.HaidianUscc, OtherOperators.Password);
        (await otherOperator.GetAsync(src)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var anonymous = factory.AnonymousClient();
        (await anonymous.GetAsync(src)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, null)] // %PDF
    [InlineData(new byte[0], null)]
    public void Only_png_or_jpeg_bytes_are_kept_as_a_licence_image(byte[] content, string? expected) =>
        OperatorLicenceImage.ContentTypeOf(new BusinessLicenceImage(content)).ShouldBe(expected);

    [Fact]
    public void An_image_beyond_two_megabytes_is_not_kept()
    {
        var png = new byte[OperatorLicenceImage.MaxBytes + 1];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        OperatorLicenceImage.ContentTypeOf(new BusinessLicenceImage(png)).ShouldBeNull();
        OperatorLicenceImage.ContentTypeOf(new BusinessLicenceImage(png[..OperatorLicenceImage.MaxBytes])).ShouldBe("image/png");
    }

    private Task<Guid> LicenceIdAsync(string uscc) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorLicence>().Where(l => l.Uscc == uscc).Select(l => l.Id).SingleAsync();
    });

    private static string ImageSource(string html)
    {
        var match = ImageTag().Match(html);
        match.Success.ShouldBeTrue("no 证照图片 on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<img class=\"licence-image\" src=\"([^\"]+)\"[^>]*data-testid=\"licence-image\"")]
    private static partial Regex ImageTag();

    /// <summary>演示企业3 registered once per host through the sandbox (海淀区).</summary>
    private sealed class HaidianOperator
    {
        public static async Task<HaidianOperator> RegisterAsync(PlatformFactory factory)
        {
            using var client = await OtherOperators.RegisteredAndSignedInAsync(factory, OtherOperators.HaidianUscc, "13700001602");
            return new HaidianOperator();
        }
    }
}
