using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>W1: firing a step — permission, input, guard, actions, new state, journal — and what is refused.</summary>
public sealed class RuntimeTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private async Task<(string Key, Guid District, WorkflowInstanceDto Instance)> InReviewAsync()
    {
        var key = WorkflowScenario.NewKey("runtime");
        (await factory.PublishAsync(key, TestDefinitions.Review())).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district);
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        return (key, district, (await factory.InstanceAsync(district, instance.Id))!);
    }

    [Fact]
    public async Task Firing_a_trigger_moves_the_state_and_journals_who_when_from_where_to_where_the_input_and_the_comment()
    {
        var (_, district, instance) = await InReviewAsync();
        instance.CurrentState.ShouldBe("review");
        instance.CurrentStateLabel.ShouldBe("审核中");

        WorkflowFireResult result;
        using (TestActor.Reviewer("reviewer-wang"))
        {
            result = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return",
                new Dictionary<string, string> { ["reason"] = "材料不全" }, "请补充营业执照"));
        }

        result.Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        result.Instance!.CurrentState.ShouldBe("draft");
        result.Instance.Version.ShouldBe(instance.Version + 1);
        var last = (await factory.JournalAsync(district, instance.Id))[^1];
        last.Kind.ShouldBe(WorkflowJournalKind.Fired);
        last.UserName.ShouldBe("reviewer-wang");
        last.UserId.ShouldNotBeNull();
        last.AtUtc.ShouldBe(factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(1));
        (last.FromState, last.ToState, last.Trigger, last.Label).ShouldBe(("review", "draft", "return", "退回"));
        last.Input.ShouldBe(new Dictionary<string, string> { ["reason"] = "材料不全" });
        last.Comment.ShouldBe("请补充营业执照");
    }

    [Fact]
    public async Task Transition_actions_run_before_the_entry_actions_of_the_new_state()
    {
        var (_, _, instance) = await InReviewAsync();
        factory.Recorder.TagsOf(instance.Id).ShouldBe(["submit", "enter-review"]);
    }

    [Fact]
    public async Task The_notify_action_writes_its_event_to_the_outbox_in_the_same_save_as_the_step()
    {
        var (_, district, instance) = await InReviewAsync();
        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        var payloads = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database
            .SqlQueryRaw<string>("SELECT Payload AS Value FROM Platform_OutboxMessages WHERE EventType LIKE '%WorkflowNotificationRequested%'").ToListAsync());
        payloads.ShouldContain(p => p.Contains(instance.Id.ToString(), StringComparison.Ordinal) && p.Contains("test.approved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_trigger_the_current_state_does_not_have_is_refused_and_nothing_changes()
    {
        var (_, district, instance) = await InReviewAsync();
        WorkflowFireResult result;
        using (TestActor.Operator())
        {
            result = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "withdraw"));
        }

        result.Outcome.ShouldBe(WorkflowFireOutcome.Refused);
        result.Error.ShouldBe("当前状态“审核中”下不能执行“withdraw”。");
        (await factory.InstanceAsync(district, instance.Id))!.Version.ShouldBe(instance.Version);
    }

    [Fact]
    public async Task A_user_without_the_transitions_permission_is_refused()
    {
        var (_, district, instance) = await InReviewAsync();
        WorkflowFireResult result;
        using (TestActor.Operator())
        {
            result = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve"));
        }

        result.Outcome.ShouldBe(WorkflowFireOutcome.Refused);
        result.Error.ShouldBe("您没有“通过”的权限。");
        (await factory.InstanceAsync(district, instance.Id))!.CurrentState.ShouldBe("review");
    }

    [Fact]
    public async Task The_available_triggers_are_those_the_user_holds_the_permission_for_and_whose_guard_passes()
    {
        var (_, district, instance) = await InReviewAsync();
        async Task<IReadOnlyList<string>> AvailableAsync() =>
            (await factory.InDistrictAsync(district, sp => sp.GetRequiredService<IWorkflowRuntime>().GetAvailableTriggersAsync(instance.Id))).Select(t => t.Trigger).ToList();

        using (TestActor.Operator())
        {
            (await AvailableAsync()).ShouldBeEmpty();
        }

        using (TestActor.Reviewer())
        {
            (await AvailableAsync()).ShouldBe(["approve", "race", "return"]);
            factory.Recorder.BlockedSubjects[instance.SubjectId] = true;
            (await AvailableAsync()).ShouldBe(["race", "return"]);
            var returning = (await factory.InDistrictAsync(district, sp => sp.GetRequiredService<IWorkflowRuntime>().GetAvailableTriggersAsync(instance.Id))).Single(t => t.Trigger == "return");
            returning.Inputs.ShouldBe([new WorkflowInputFieldDto("reason", "退回原因", true, 20)]);
        }
    }

    [Fact]
    public async Task A_failing_guard_refuses_with_its_reason_and_runs_no_action()
    {
        var (_, district, instance) = await InReviewAsync();
        factory.Recorder.BlockedSubjects[instance.SubjectId] = true;
        WorkflowFireResult result;
        using (TestActor.Reviewer())
        {
            result = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve"));
        }

        result.Error.ShouldBe("办理对象已被冻结，不能办理。");
        factory.Recorder.TagsOf(instance.Id).ShouldNotContain("approve");
        (await factory.InstanceAsync(district, instance.Id))!.CurrentState.ShouldBe("review");
    }

    [Fact]
    public async Task A_required_input_left_empty_or_too_long_is_refused_with_a_field_error()
    {
        var (_, district, instance) = await InReviewAsync();
        using (TestActor.Reviewer())
        {
            var empty = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return", new Dictionary<string, string> { ["reason"] = "  " }));
            empty.Outcome.ShouldBe(WorkflowFireOutcome.Refused);
            empty.FieldErrors["reason"].ShouldBe("请填写退回原因。");

            var tooLong = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return", new Dictionary<string, string> { ["reason"] = new string('缺', 21) }));
            tooLong.FieldErrors["reason"].ShouldBe("退回原因不能超过 20 个字。");

            // The guard input.required asks for at least two characters.
            var tooShort = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return", new Dictionary<string, string> { ["reason"] = "缺" }));
            tooShort.Error.ShouldBe("退回原因至少需要 2 个字。");
        }

        (await factory.JournalAsync(district, instance.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_completed_instance_takes_no_more_steps()
    {
        var (_, district, instance) = await InReviewAsync();
        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve"))).Instance!.Status.ShouldBe(WorkflowInstanceStatus.Completed);
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "return", new Dictionary<string, string> { ["reason"] = "再看看" })))
                .Error.ShouldBe("流程已于“已通过”结束，不能再办理。");
        }
    }

    [Fact]
    public async Task Another_districts_instance_is_not_found()
    {
        var (_, _, instance) = await InReviewAsync();
        var other = (await factory.DistrictAsync(1)).Id;
        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(other, new WorkflowFireRequest(instance.Id, "approve"))).Error.ShouldBe("未找到该流程，或您无权办理。");
        }
    }

    [Fact]
    public async Task The_step_joins_the_callers_transaction_and_rolls_back_with_it()
    {
        var (_, district, instance) = await InReviewAsync();
        await factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            using (TestActor.Reviewer())
            {
                (await sp.GetRequiredService<IWorkflowRuntime>().FireAsync(new WorkflowFireRequest(instance.Id, "approve"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            }

            await transaction.RollbackAsync();
            return 0;
        });

        var after = await factory.InstanceAsync(district, instance.Id);
        (after!.CurrentState, after.Version).ShouldBe(("review", instance.Version));
        (await factory.JournalAsync(district, instance.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_callers_pending_subject_change_is_saved_with_the_step()
    {
        var (_, district, instance) = await InReviewAsync();
        var otherKey = WorkflowScenario.NewKey("subject");
        (await factory.PublishAsync(otherKey, TestDefinitions.Review())).Problems.ShouldBeEmpty();
        // The caller's own change, staged on the same context before the step: here a draft definition stands in for a subject row.
        await factory.InDistrictAsync(district, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(new WorkflowDefinition(Guid.NewGuid(), otherKey, WorkflowDefinition.City, 99, "{}", factory.Clock.GetUtcNow().UtcDateTime));
            using (TestActor.Reviewer())
            {
                (await sp.GetRequiredService<IWorkflowRuntime>().FireAsync(new WorkflowFireRequest(instance.Id, "approve"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            }

            return 0;
        });

        (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().AnyAsync(d => d.Key == otherKey && d.Version == 99))).ShouldBeTrue();
    }

    [Fact]
    public async Task Submitting_a_seeded_registration_asks_the_subjects_module_to_set_its_status_and_notifies_the_district()
    {
        var district = (await factory.DistrictAsync(0)).Id;
        var subject = "FA" + Guid.NewGuid().ToString("N")[..10];
        var instance = await factory.StartAsync("filing.registration", district, subject, "filing.application");
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Instance!.CurrentStateLabel.ShouldBe("待确认");
        }

        List<string> events = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database
            .SqlQueryRaw<string>("SELECT Payload AS Value FROM Platform_OutboxMessages").ToListAsync());
        events = [.. events.Where(p => p.Contains(subject, StringComparison.Ordinal))];
        events.ShouldContain(p => p.Contains("\"Status\":\"submitted\"", StringComparison.Ordinal));
        events.ShouldContain(p => p.Contains("\"Template\":\"filing.submitted\"", StringComparison.Ordinal) && p.Contains("\"Audience\":\"district\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_journal_names_each_state_by_its_label_in_the_instances_definition_not_its_code()
    {
        // A state the city's designer added (second_review) must read in Chinese wherever the history is shown.
        var key = WorkflowScenario.NewKey("labels");
        var body = TestDefinitions.Review().Replace("\"name\": \"review\"", "\"name\": \"second_review\"", StringComparison.Ordinal)
            .Replace("\"to\": \"review\"", "\"to\": \"second_review\"", StringComparison.Ordinal)
            .Replace("\"from\": \"review\"", "\"from\": \"second_review\"", StringComparison.Ordinal)
            .Replace("\"state\": \"review\"", "\"state\": \"second_review\"", StringComparison.Ordinal);
        (await factory.PublishAsync(key, body)).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district);
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Instance!.CurrentState.ShouldBe("second_review");
        }

        var last = (await factory.JournalAsync(district, instance.Id))[^1];
        last.ToState.ShouldBe("second_review");
        last.ToStateLabel.ShouldBe((await factory.InstanceAsync(district, instance.Id))!.CurrentStateLabel);
        last.ToStateLabel.ShouldNotBe("second_review");
    }
}
