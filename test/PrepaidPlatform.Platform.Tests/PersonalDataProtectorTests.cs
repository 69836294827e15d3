using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>P3: personal identifiers are encrypted at rest with a keyed hash beside them for uniqueness.</summary>
public sealed class PersonalDataProtectorTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private IPersonalDataProtector Protector => factory.Services.GetRequiredService<IPersonalDataProtector>();

    [Fact]
    public void An_ID_number_comes_back_unchanged_and_is_not_readable_when_stored()
    {
        var stored = Protector.Protect("11010519491231002X");
        stored.ShouldStartWith("v1:");
        stored.ShouldNotContain("11010519491231002X");
        Protector.Unprotect(stored).ShouldBe("11010519491231002X");
    }

    [Fact]
    public void The_same_value_is_stored_differently_each_time_but_hashes_the_same()
    {
        Protector.Protect("18012340001").ShouldNotBe(Protector.Protect("18012340001"));
        Protector.Hash("18012340001").ShouldBe(Protector.Hash("18012340001"));
        Protector.Hash("18012340001").ShouldNotBe(Protector.Hash("18012340002"));
    }

    [Fact]
    public void An_altered_stored_value_is_refused_rather_than_misread()
    {
        var stored = Protector.Protect("4324000000004421");
        var bytes = Convert.FromBase64String(stored[3..]);
        bytes[^1] ^= 0x01;
        Should.Throw<CryptographicException>(() => Protector.Unprotect("v1:" + Convert.ToBase64String(bytes)));
        Should.Throw<CryptographicException>(() => Protector.Unprotect("plain text"));
    }

    [Fact]
    public void Configured_keys_are_used_and_a_wrong_key_is_reported_by_name()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var hashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var keys = PersonalDataKeys.Load(Configuration(key, hashKey), Environment("Production"), Path.GetTempPath());
        keys.EncryptionKey.ShouldBe(Convert.FromBase64String(key));

        var error = Should.Throw<InvalidOperationException>(() => PersonalDataKeys.Load(Configuration("c2hvcnQ=", hashKey), Environment("Production"), Path.GetTempPath()));
        error.Message.ShouldBe("Security:PersonalDataKey 须为32字节（256位）密钥。");
    }

    [Fact]
    public void Production_without_configured_keys_refuses_to_make_its_own()
    {
        var error = Should.Throw<InvalidOperationException>(() => PersonalDataKeys.Load(Configuration(null, null), Environment("Production"), Path.GetTempPath()));
        error.Message.ShouldContain("Security:PersonalDataKey");
    }

    [Fact]
    public void Development_keys_are_generated_once_and_kept()
    {
        var folder = Directory.CreateTempSubdirectory("pp-keys").FullName;
        var first = PersonalDataKeys.Load(Configuration(null, null), Environment("Development"), folder);
        var second = PersonalDataKeys.Load(Configuration(null, null), Environment("Development"), folder);
        second.EncryptionKey.ShouldBe(first.EncryptionKey);
        second.HashKey.ShouldNotBe(first.EncryptionKey);
        Directory.Delete(folder, recursive: true);
    }

    private static IConfiguration Configuration(string? key, string? hashKey) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Security:PersonalDataKey"] = key,
        ["Security:PersonalDataHashKey"] = hashKey,
    }).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
