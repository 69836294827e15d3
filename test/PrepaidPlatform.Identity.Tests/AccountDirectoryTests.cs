using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>
/// The batch phone look-up (a bank's batch that turns many operators short) reads across districts in one query, so it
/// must keep the single look-up's district rule itself: an account is answered only in the district it was named with.
/// </summary>
public sealed class AccountDirectoryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Operator = "91110107MA01AB2C3C";

    [Fact]
    public async Task Phones_come_in_one_batch_each_only_in_the_district_it_was_named_with()
    {
        var op = await factory.UserAsync(Operator);
        var otherDistrict = (await factory.UserAsync("reviewer110105")).TenantId;
        otherDistrict.ShouldNotBe(op.TenantId);

        var single = await factory.InScopeAsync(async sp =>
        {
            using (sp.GetRequiredService<ICurrentTenant>().Change(op.TenantId))
            {
                return await sp.GetRequiredService<IAccountDirectory>().AdministratorPhoneForSmsAsync(op.Id, CancellationToken.None);
            }
        });
        single.ShouldNotBeNullOrEmpty();

        var named = await factory.InScopeAsync(sp => sp.GetRequiredService<IAccountDirectory>()
            .AdministratorPhonesForSmsAsync([(op.Id, op.TenantId), (Guid.NewGuid(), op.TenantId)], CancellationToken.None));
        named.ShouldBe(new Dictionary<Guid, string> { [op.Id] = single });

        var elsewhere = await factory.InScopeAsync(sp => sp.GetRequiredService<IAccountDirectory>()
            .AdministratorPhonesForSmsAsync([(op.Id, otherDistrict)], CancellationToken.None));
        elsewhere.ShouldBeEmpty("named with another district, the account is not found there");
    }
}
