using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PrepaidPlatform.Platform.Jobs;

/// <summary>
/// A job kept under one fixed key that schedules its own next run (a daily check, a sweep, a nightly recompute): at most
/// one run at a time, in the whole cluster. A run asked for while one is going (the starter's run at start, the city's
/// "run now", a recovered run) waits until that run ends instead of racing it: two runs at once each read the same
/// state and each acted on it (two 存管不足 episodes, two messages and two SMS for one operator).
/// </summary>
[DisallowConcurrentExecution]
public abstract class SingletonTenantJob(IServiceScopeFactory scopeFactory) : TenantJob(scopeFactory);
