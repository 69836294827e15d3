using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// The designer over HTTP as its users reach it: the city administrator saves, publishes, imports and exports the
/// city's defaults; a district administrator only ever sees and changes the own district's override, whatever ids the
/// request carries.
/// </summary>
public sealed partial class DesignerHttpTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Key = "reporting.quarterly";
    private const string EditUrl = "/Workflows/Designer/Edit?key=" + Key;

    [Fact]
    public async Task The_city_administrator_saves_a_draft_publishes_it_and_reads_the_difference()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var palette = JsonDocument.Parse(await city.GetPageAsync(EditUrl + "&handler=Palette")).RootElement;
        var guard = palette.GetProperty("guards").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "input.required");
        guard.GetProperty("parameters")[0].GetProperty("type").GetString().ShouldBe("Text");
        palette.GetProperty("actions").EnumerateArray().ShouldContain(a => a.GetProperty("name").GetString() == "notify");

        var (page, body) = await OpenAsync(city, EditUrl);
        var before = await RowsAsync(WorkflowDefinition.City);

        var unreachable = body.DeepClone().AsObject();
        unreachable["states"]!.AsArray().Add(new JsonObject { ["name"] = "archived", ["label"] = "已归档", ["kind"] = "final" });
        var refused = await PostAsync(city, page, "Save", unreachable.ToJsonString());
        refused.GetProperty("ok").GetBoolean().ShouldBeFalse();
        var problem = refused.GetProperty("problems").EnumerateArray().Single();
        problem.GetProperty("message").GetString().ShouldBe("状态“已归档”从初始状态无法到达。");
        problem.GetProperty("state").GetString().ShouldBe("archived");
        (await RowsAsync(WorkflowDefinition.City)).ShouldBe(before, "a refused draft saves nothing");

        var changed = body.DeepClone().AsObject();
        changed["states"]![1]!["label"] = "已退回待补正";
        changed["layout"] = new JsonObject { ["submitted"] = new JsonObject { ["x"] = 100, ["y"] = 80 } };
        var saved = await PostAsync(city, page, "Save", changed.ToJsonString());
        saved.GetProperty("ok").GetBoolean().ShouldBeTrue();
        saved.GetProperty("version").GetInt32().ShouldBe(2);
        (await RowsAsync(WorkflowDefinition.City)).ShouldBe([(1, WorkflowDefinitionStatus.Published), (2, WorkflowDefinitionStatus.Draft)]);

        var (reopened, draft) = await OpenAsync(city, EditUrl);
        draft["layout"]!["submitted"]!["x"]!.GetValue<double>().ShouldBe(100, "the layout is kept with the draft");
        var published = await PostAsync(city, reopened, "Publish", draft.ToJsonString());
        published.GetProperty("ok").GetBoolean().ShouldBeTrue();
        (await RowsAsync(WorkflowDefinition.City)).ShouldBe([(1, WorkflowDefinitionStatus.Retired), (2, WorkflowDefinitionStatus.Published)]);

        var history = await city.GetPageAsync("/Workflows/Designer/History?key=" + Key);
        history.ShouldContain("修改状态“已退回待补正”（returned）：中文名称：已退回 → 已退回待补正");

        var v2 = await IdOfAsync(WorkflowDefinition.City, 2);
        var export = await city.GetAsync($"{EditUrl}&handler=Export&id={v2}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName.ShouldBe(Key + "-v2.json");
        var exported = await export.Content.ReadAsStringAsync();
        exported.ShouldContain("\"$schema\": \"https://prepaid-platform.local/schemas/workflow-definition.schema.json\"");
        exported.ShouldContain("已退回待补正");
    }

    [Fact]
    public async Task An_import_that_breaks_the_schema_or_the_rules_is_refused_in_Chinese_and_saves_nothing()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        const string ImportKey = "account.adminChange";
        var url = "/Workflows/Designer/Edit?key=" + ImportKey;
        var before = await RowsAsync(WorkflowDefinition.City, ImportKey);

        (await ImportAsync(city, url, "{ \"title\": ")).ShouldContain("流程定义不是有效的 JSON");
        (await ImportAsync(city, url, """{ "title": "x", "subjectType": "y", "states": [ { "name": "a", "label": "甲" } ], "transitions": [] }"""))
            .ShouldContain("流程定义.states[0] 缺少必填项 kind。");
        (await ImportAsync(city, url, """{ "title": "x", "subjectType": "y", "states": [ { "name": "a", "label": "甲", "kind": "initial" } ], "transitions": [] }"""))
            .ShouldContain("流程至少需要一个结束状态。");
        (await RowsAsync(WorkflowDefinition.City, ImportKey)).ShouldBe(before);

        var (_, body) = await OpenAsync(city, url);
        var response = await PostImportAsync(city, url, body.ToJsonString());
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowsAsync(WorkflowDefinition.City, ImportKey)).ShouldBe([.. before, (before.Count + 1, WorkflowDefinitionStatus.Draft)]);
    }

    [Fact]
    public async Task A_district_administrator_never_reads_or_changes_another_districts_override_nor_the_citys()
    {
        var districts = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<ITenantDirectory>().ListAsync()).OrderBy(t => t.Code).Take(2).ToList());
        var (a, b) = (districts[0], districts[1]);
        using var adminA = await factory.SignedInClientAsync("admin" + a.Code);
        using var adminB = await factory.SignedInClientAsync("admin" + b.Code);
        var cityBefore = await RowsAsync(WorkflowDefinition.City);

        var (pageA, body) = await OpenAsync(adminA, EditUrl);
        pageA.ShouldContain("本区尚无覆盖版本");
        body["title"] = "甲区季度核验";
        (await PostAsync(adminA, pageA, "Publish", body.ToJsonString())).GetProperty("ok").GetBoolean().ShouldBeTrue();
        var overrideA = await IdOfAsync(a.Id, 1);
        var bodyA = await BodyOfAsync(overrideA);

        // Forged ids: district A's override and the city's version, asked for by district B.
        var cityV1 = await IdOfAsync(WorkflowDefinition.City, 1);
        foreach (var forged in new[] { overrideA, cityV1 })
        {
            (await adminB.GetAsync($"{EditUrl}&id={forged}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await adminB.GetAsync($"{EditUrl}&handler=Export&id={forged}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await adminB.GetAsync($"/Workflows/Designer/History?key={Key}&to={forged}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var (pageB, bodyB) = await OpenAsync(adminB, EditUrl);
        pageB.ShouldNotContain("甲区季度核验");
        bodyB["title"] = "乙区季度核验";
        (await PostAsync(adminB, pageB, "Save", bodyB.ToJsonString())).GetProperty("ok").GetBoolean().ShouldBeTrue();

        (await RowsAsync(a.Id)).ShouldBe([(1, WorkflowDefinitionStatus.Published)]);
        (await BodyOfAsync(overrideA)).ShouldBe(bodyA);
        (await RowsAsync(b.Id)).ShouldBe([(1, WorkflowDefinitionStatus.Draft)]);
        (await RowsAsync(WorkflowDefinition.City)).ShouldBe(cityBefore, "a district administrator never changes the city's default");

        var list = await adminB.GetPageAsync("/Workflows/Designer");
        list.ShouldContain("data-testid=\"lifecycle-" + Key + "\"");
        list.ShouldNotContain("甲区季度核验");
    }

    [Fact]
    public async Task A_district_reviewer_may_not_open_or_post_to_the_designer_and_the_district_administrator_may_but_does_not_review()
    {
        using var reviewer = await factory.SignedInClientAsync("reviewer110105");
        Denied(await reviewer.GetAsync(EditUrl)).ShouldBeTrue();
        Denied(await reviewer.GetAsync("/Workflows/Designer")).ShouldBeTrue();
        var work = await reviewer.GetPageAsync("/Work");
        work.ShouldNotContain("href=\"/Workflows/Designer\"");

        using var admin = await factory.SignedInClientAsync("admin110105");
        var (page, body) = await OpenAsync(admin, EditUrl);
        (await admin.GetPageAsync("/Work")).ShouldContain("href=\"/Workflows/Designer\"");
        Denied(await admin.GetAsync("/Workflows/Instances")).ShouldBeTrue("区管理员 designs the district's process but does not review under it");

        // The reviewer's own post, with a token from a page he may open, changes nothing.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{EditUrl}&handler=Publish") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", PlatformClient.AntiforgeryToken(work));
        Denied(await reviewer.Http.SendAsync(request)).ShouldBeTrue();
        page.ShouldContain("本区尚无覆盖版本");
        var chaoyang = await factory.InScopeAsync(sp => sp.GetRequiredService<ITenantDirectory>().FindByCodeAsync("110105"));
        (await RowsAsync(chaoyang!.Id)).ShouldBeEmpty();
    }

    private static bool Denied(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true);

    [Fact]
    public async Task An_operator_may_not_open_the_designer()
    {
        using var op = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        var response = await op.GetAsync(EditUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }

    private static async Task<(string Page, JsonObject Body)> OpenAsync(PlatformClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        var definition = WebUtility.HtmlDecode(DefinitionRegex().Match(page).Groups[1].Value);
        return (page, JsonNode.Parse(definition)!.AsObject());
    }

    private static async Task<JsonElement> PostAsync(PlatformClient client, string page, string handler, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{EditUrl}&handler={handler}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", WebUtility.HtmlDecode(TokenRegex().Match(page).Groups[1].Value));
        var response = await client.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<string> ImportAsync(PlatformClient client, string url, string json)
    {
        var response = await PostImportAsync(client, url, json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("data-testid=\"import-problems\"");
        return WebUtility.HtmlDecode(page);
    }

    private static async Task<HttpResponseMessage> PostImportAsync(PlatformClient client, string url, string json)
    {
        var page = await client.GetPageAsync(url);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "definition.json");
        form.Add(new StringContent(PlatformClient.AntiforgeryToken(page)), "__RequestVerificationToken");
        return await client.Http.PostAsync(url + "&handler=Import", form);
    }

    private Task<List<(int, WorkflowDefinitionStatus)>> RowsAsync(Guid districtId, string key = Key) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>()
            .Where(d => d.Key == key && d.DistrictId == districtId).OrderBy(d => d.Version).Select(d => new { d.Version, d.Status }).ToListAsync())
            .Select(d => (d.Version, d.Status)).ToList());

    private Task<Guid> IdOfAsync(Guid districtId, int version) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>()
            .Where(d => d.Key == Key && d.DistrictId == districtId && d.Version == version).Select(d => d.Id).SingleAsync());

    private Task<string> BodyOfAsync(Guid id) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().Where(d => d.Id == id).Select(d => d.Body).SingleAsync());

    [GeneratedRegex("data-definition=\"([^\"]*)\"")]
    private static partial Regex DefinitionRegex();

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
