using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Tests.Hosting;

/// <summary>A graceful stop on Kestrel: the server stops listening, and a request in flight still finishes whole.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task ARequestInFlightFinishesWhileTheSiteStops()
    {
        var site = new GatedSite();
        var baseUrl = site.StartKestrel();
        Assert.Equal(TimeSpan.FromSeconds(30), site.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        var stopping = new TaskCompletionSource();
        site.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };

        var slow = client.GetAsync(GatedSite.Path);
        await site.Arrived.Task;
        var stop = Task.Run(site.Dispose);
        await stopping.Task;
        Assert.True(await RefusesConnectionsAsync(new Uri(baseUrl)), "Kestrel still accepts connections while stopping");
        Assert.False(slow.IsCompleted);
        site.Release.SetResult();

        var response = await slow;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", await response.Content.ReadAsStringAsync());
        await stop;
    }

    /// <summary>True once a new connection is refused (Kestrel unbinds first when it stops), polling for up to ten seconds.</summary>
    private static async Task<bool> RefusesConnectionsAsync(Uri address)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(address.Host, address.Port);
            }
            catch (SocketException)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>The site with one more address that answers only when the test lets it.</summary>
    private sealed class GatedSite : ArchiveSiteFactory
    {
        public const string Path = "/__test/slow";

        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new Gate(this)));
        }

        private sealed class Gate(GatedSite site) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use(async (HttpContext context, Func<Task> nextMiddleware) =>
                {
                    if (context.Request.Path != Path)
                    {
                        await nextMiddleware();
                        return;
                    }

                    site.Arrived.TrySetResult();
                    await site.Release.Task;
                    await context.Response.WriteAsync("finished");
                });
                next(app);
            };
        }
    }
}
