using Ibkr.Silo.Configuration;
using Ibkr.Silo.Hosting;

// The Ibkr silo: `dotnet run --project silo` (settings in appsettings.json, environment variables such as
// Ibkr__Profile=cluster, or arguments such as --Ibkr:Profile=cluster; see docs/operations.md).
try
{
    await using var app = IbkrSiloHost.CreateBuilder(args).BuildIbkrSilo();
    await app.RunAsync();
    return 0;
}
catch (SiloConfigurationException exception)
{
    foreach (var problem in exception.Problems)
    {
        Console.Error.WriteLine($"ibkr-silo: {problem}");
    }

    return 2;
}
