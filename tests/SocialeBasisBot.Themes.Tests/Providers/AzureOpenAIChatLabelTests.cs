using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

/// <summary>Theme labels worded by a chat model, against a loopback server speaking the chat completions wire format.</summary>
public sealed class AzureOpenAIChatLabelTests
{
    private static Dictionary<string, string?> Settings(Uri endpoint) => new()
    {
        ["Themes:ProviderRetryDelay"] = "00:00:00.010",
        ["Themes:AzureOpenAIChat:Enabled"] = "true",
        ["Themes:AzureOpenAIChat:Endpoint"] = endpoint.ToString(),
        ["Themes:AzureOpenAIChat:Deployment"] = "gpt-labels",
        ["Themes:AzureOpenAIChat:ApiKey"] = "test-key",
    };

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        model = "gpt-4o-mini",
        choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content } } },
        usage = new { prompt_tokens = 10, completion_tokens = 3, total_tokens = 13 },
    });

    [Fact]
    public async Task Emergent_themes_get_the_models_wording_and_the_prompt_carries_real_answers()
    {
        var answered = 0;
        using var server = new LoopbackServer(_ => new LoopbackResponse(200, Completion($"\"Thema nummer {Interlocked.Increment(ref answered)}\"")));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));
        var answers = SharedData.Question("q3");

        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = answers, QuestionText = "Wat heb jij nodig?" });

        Assert.NotEmpty(result.Themes);
        Assert.Equal(result.Themes.Count, server.Requests.Count);
        Assert.All(result.Themes, t => Assert.StartsWith("Thema nummer ", t.Label, StringComparison.Ordinal));
        var request = server.Requests.First();
        // What the Azure OpenAI SDK (Azure.AI.OpenAI 2.1.0) sends: its default service version and the key header.
        Assert.Equal("/openai/deployments/gpt-labels/chat/completions?api-version=2024-10-21", request.PathAndQuery);
        Assert.Equal("test-key", request.Headers["api-key"]);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("azsdk-net-AI.OpenAI/", request.Headers["User-Agent"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        var prompt = body.RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.Contains("Wat heb jij nodig?", prompt, StringComparison.Ordinal);
        Assert.Contains(answers, a => prompt.Contains(a.Text, StringComparison.Ordinal));
        Assert.Contains(result.Settings.Notes, n => n.Contains("taalmodel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expected_themes_keep_the_programme_label_and_a_rambling_answer_is_not_used()
    {
        using var server = new LoopbackServer(_ => new LoopbackResponse(200, Completion("Hier is een titel.\nHet thema gaat over heel veel verschillende dingen die mensen noemden")));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));
        await using var offlineServices = ThemesServices.Build([]);
        var offline = await offlineServices.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q2") });

        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q2") });

        Assert.Equal(offline.Themes.Select(t => t.Label), result.Themes.Select(t => t.Label));
    }

    [Fact]
    public async Task When_the_model_keeps_failing_the_offline_labels_stay_and_the_result_says_so()
    {
        using var server = new LoopbackServer(_ => new LoopbackResponse(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));

        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q1") });

        Assert.Equal(4, server.Requests.Count); // one theme tried: first try + 3 retries of a 5xx, then no more calls
        Assert.NotEmpty(result.Themes);
        Assert.Contains(result.Settings.Notes, n => n.Contains("offline labels gebruikt", StringComparison.Ordinal));
    }
}
