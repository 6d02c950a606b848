using System.Net;
using System.Text;

namespace SocialeBasisBot.Tests.LocalTeams;

/// <summary>The generic loopback server the Azure fakes and the connector run on.</summary>
public sealed class LoopbackServerTests
{
    [Fact]
    public async Task Each_server_gets_its_own_port_from_Kestrel_and_records_requests_before_answering()
    {
        using var first = new LoopbackServer(r => new LoopbackResponse(r.Number == 1 ? 503 : 200, $"{{\"n\":{r.Number}}}",
            new Dictionary<string, string> { ["Retry-After"] = "7" }));
        using var second = new LoopbackServer(_ => new LoopbackResponse(204));
        using var http = new HttpClient();
        using var content = new StringContent("{\"tekst\":\"één\"}", Encoding.UTF8, "application/json");
        content.Headers.Add("Ocp-Apim-Subscription-Key", "sleutel");

        using var busy = await http.PostAsync(new Uri(first.BaseAddress, "language/:analyze-text?api-version=2023-04-01"), content);
        using var ok = await http.GetAsync(first.BaseAddress);

        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.True(first.BaseAddress.IsLoopback);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("{\"n\":2}", await ok.Content.ReadAsStringAsync());
        var request = first.Requests.First();
        Assert.Equal((1, "POST", "/language/:analyze-text?api-version=2023-04-01"), (request.Number, request.Method, request.PathAndQuery));
        Assert.Equal("sleutel", request.Headers["ocp-apim-subscription-key"]);
        Assert.Equal("{\"tekst\":\"één\"}", request.Body);
        Assert.Equal(2, first.Requests.Count);
        Assert.Empty(second.Requests);
    }
}
