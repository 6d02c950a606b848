using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Organisers;

public static class OrganiserHostingExtensions
{
    /// <summary>
    /// The sessions page (Core's AddOrganisers) with its two sign-ins: a Teams SSO token checked by JwtBearer against
    /// the authority's OpenID metadata (section "Organisers:SignIn"), or the signed link from `mijn gegevens`.
    /// </summary>
    public static IServiceCollection AddOrganiserPage(this IServiceCollection services)
    {
        services.AddOrganisers();
        services.AddOptions<OrganiserSignInOptions>().BindConfiguration(OrganiserSignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication()
            .AddJwtBearer(OrganiserSchemes.Token)
            .AddScheme<AuthenticationSchemeOptions, OrganiserLinkHandler>(OrganiserSchemes.Link, _ => { });
        services.AddOptions<JwtBearerOptions>(OrganiserSchemes.Token).Configure<IOptions<OrganiserSignInOptions>>((jwt, signIn) =>
        {
            var settings = signIn.Value;
            jwt.Authority = string.IsNullOrWhiteSpace(settings.Authority) ? null : settings.Authority;
            jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            // Entra's claim names (oid, tid, upn, groups) as they are, not mapped to long WS-* names.
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.ValidAudiences = [.. settings.Audiences];
            jwt.TokenValidationParameters.ValidIssuers = [.. settings.ValidIssuers];
            jwt.TokenValidationParameters.ValidateAudience = true;
            jwt.TokenValidationParameters.ValidateIssuer = true;
            // With no authority there are no signing keys, so every token fails; that is the intended "SSO off".
            // A token for this API but without the scope Teams was given (another client's token for it) is refused.
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var scopes = context.Principal?.FindFirst("scp")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
                    if (!scopes.Contains(settings.Scope, StringComparer.Ordinal))
                        context.Fail($"The token lacks the scope {settings.Scope}.");
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(OrganiserSchemes.Policy, policy => policy
            .AddAuthenticationSchemes(OrganiserSchemes.Token, OrganiserSchemes.Link)
            .RequireAuthenticatedUser()
            .RequireClaim(OrganiserClaims.ObjectId)
            .RequireClaim(OrganiserClaims.TenantId));
        return services;
    }
}
