using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The public filing-code page is what every scan of a poster opens (issue 14's target: ≥ 0.7× a raw one-row read): once
/// its view is stored, its read costs one SQL command, the stored view by key; an unknown number costs three — the look-up,
/// the snapshot's first read and the filing's — and is not stored.
/// </summary>
public sealed class FilingCodeCommandsTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    private async Task<(FilingCodeView? View, IReadOnlyList<string> Commands)> ReadAsync(string number)
    {
        IReadOnlyCollection<string> commands = [];
        FilingCodeView? view = null;
        await factory.InScopeAsync(async sp =>
        {
            using var watch = factory.Commands.Watch(sp.GetRequiredService<PlatformDbContext>(), out commands);
            view = await sp.GetRequiredService<FilingCodeReader>().PublicByNumberAsync(number, CancellationToken.None);
        });
        return (view, [.. commands]);
    }

    [Fact]
    public async Task The_public_code_of_a_filing_is_read_in_one_command_once_stored_and_an_unknown_number_in_three()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        await ReadAsync(filing.FilingNumber); // built from the live reads and stored

        var (view, commands) = await ReadAsync(filing.FilingNumber);
        view.ShouldNotBeNull().FilingNumber.ShouldBe(filing.FilingNumber);
        view.Risks.Count.ShouldBe(5);
        commands.Count.ShouldBe(1, string.Join(Environment.NewLine + "---" + Environment.NewLine, commands));

        var (missing, missingCommands) = await ReadAsync("SW2099010199999");
        missing.ShouldBeNull();
        missingCommands.Count.ShouldBe(3, string.Join(Environment.NewLine + "---" + Environment.NewLine, missingCommands));
        (await ReadAsync("SW2099010199999")).Commands.Count.ShouldBe(3);
    }
}
