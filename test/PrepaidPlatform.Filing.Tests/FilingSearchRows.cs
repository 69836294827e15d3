using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>The search row of a filing as stored, and the public search's answer (number and status of each result).</summary>
internal static class FilingSearchRows
{
    public static Task<FilingSearchEntry> SearchEntryAsync(this PlatformFactory factory, Guid filingId) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<FilingSearchEntry>().AsNoTracking().SingleAsync(e => e.FilingId == filingId));

    public static async Task<List<(string Number, PublicFilingStatus Status)>> PublicSearchAsync(this PlatformFactory factory, string text)
    {
        var page = await factory.InScopeAsync(sp => sp.GetRequiredService<IPublicOperatorRegister>().SearchAsync(text, 1, 20));
        page.Total.ShouldBe(page.Items.Count);
        return page.Items.Select(i => (i.FilingNumber, i.Status)).ToList();
    }
}
