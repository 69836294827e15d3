using Microsoft.EntityFrameworkCore;

namespace PrepaidPlatform.Canary.Contracts;

/// <summary>Canary: a contract that exposes an EF Core type.</summary>
public interface ILeakyContract
{
    DbContext Context { get; }
}
