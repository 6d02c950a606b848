// SocialeBasisBot on Azure: the bot registration, the web app (Linux, .NET 10, two or more instances), PostgreSQL,
// Key Vault for the secrets, Application Insights. Deploy with
//   az deployment group create -g <group> -f deployment/azure/main.bicep -p deployment/azure/main.bicepparam
// deployment/README.md walks through it, from the app registration to the Teams package.

targetScope = 'resourceGroup'

@description('Short name used in every resource name (letters and digits, 3-12). Resource names add a suffix that is unique per resource group.')
@minLength(3)
@maxLength(12)
param baseName string = 'sbb'

@description('Region for everything except the Azure Bot (global). Default: the resource group\'s region.')
param location string = resourceGroup().location

@description('Region for PostgreSQL, when the chosen region has no capacity for burstable servers.')
param databaseLocation string = location

@description('Application (client) id of the bot\'s Microsoft Entra app registration.')
param botAppId string

@description('SingleTenant for a registration in your own tenant; MultiTenant only for an existing multitenant registration.')
@allowed([
  'SingleTenant'
  'MultiTenant'
])
param botAppType string = 'SingleTenant'

@description('Tenant of the app registration.')
param botTenantId string = tenant().tenantId

@description('Client secret of the app registration (stored in Key Vault, never in the app settings).')
@secure()
param botAppPassword string

@description('Key for signed download links, at least 32 characters (stored in Key Vault). Same on every instance.')
@secure()
@minLength(32)
param exportSigningKey string

@description('Administrator login of the PostgreSQL server.')
param databaseAdminLogin string

@description('Administrator password of the PostgreSQL server (stored in Key Vault inside the connection string).')
@secure()
@minLength(12)
param databaseAdminPassword string

@description('App Service plan size. B1 is the smallest that runs several instances with Always On.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Web app instances. Two or more, so a restart or a platform update never stops the bot.')
@minValue(2)
@maxValue(10)
param instanceCount int = 2

@description('PostgreSQL compute size (Burstable B1ms is the smallest).')
param databaseSku string = 'Standard_B1ms'

@description('PostgreSQL storage in GB (32 is the smallest).')
@minValue(32)
param databaseStorageGb int = 32

@description('Days of answers kept before a session is removed (Storage:RetentionDays).')
@minValue(1)
param retentionDays int = 180

@description('Name shown in Teams for the bot.')
param botDisplayName string = 'SocialeBasisBot'

var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-app-${suffix}'
var databaseName = 'socialebasisbot'
// Key Vault names are 3-24 characters, globally unique.
var keyVaultName = take('${baseName}kv${suffix}', 24)
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRole = subscriptionResourceId(
  'Microsoft.Authorization/roleDefinitions',
  '4633458b-17de-408a-b874-0445c86b69e6'
)

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${baseName}-db-${suffix}'
  location: databaseLocation
  sku: {
    name: databaseSku
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: databaseAdminLogin
    administratorLoginPassword: databaseAdminPassword
    storage: {
      storageSizeGB: databaseStorageGb
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource databaseCatalog 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: database
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's notation for "connections from Azure services"; TLS is required by the server.
resource databaseFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: database
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

resource signingKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'ExportsSigningKey'
  properties: {
    value: exportSigningKey
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'DatabaseConnectionString'
  properties: {
    value: 'Host=${database.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${databaseAdminLogin};Password=${databaseAdminPassword};SSL Mode=Require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet SocialeBasisBot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: [
        // The app listens where App Service sends traffic; `Urls` outranks appsettings.json.
        { name: 'Urls', value: 'http://0.0.0.0:8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret.properties.secretUri})' }
        { name: 'Exports__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${signingKeySecret.properties.secretUri})' }
        { name: 'Exports__PublicBaseUrl', value: 'https://${webAppName}.azurewebsites.net' }
        { name: 'Storage__Provider', value: 'Postgres' }
        { name: 'Storage__RetentionDays', value: string(retentionDays) }
        { name: 'ConnectionStrings__SocialeBasisBot', value: '@Microsoft.KeyVault(SecretUri=${connectionStringSecret.properties.secretUri})' }
        { name: 'Telemetry__AzureMonitorConnectionString', value: insights.properties.ConnectionString }
      ]
    }
  }
}

// The web app's own identity reads the secrets; nobody else gets a role here.
resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webApp.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The web app to deploy the published bot to (az webapp deploy --name).')
output webAppName string = webApp.name

@description('Host name for the Teams package (deployment/teams/build-package.sh <app id> <host>).')
output botHost string = webApp.properties.defaultHostName

@description('The messaging endpoint the Azure Bot calls.')
output messagingEndpoint string = bot.properties.endpoint

@description('The Azure Bot resource (Channels, Test in Web Chat).')
output botName string = bot.name

@description('Key Vault holding MicrosoftAppPassword, ExportsSigningKey and DatabaseConnectionString.')
output keyVaultName string = vault.name

@description('PostgreSQL server host name.')
output databaseHost string = database.properties.fullyQualifiedDomainName

@description('Application Insights resource with the bot\'s traces and metrics.')
output applicationInsightsName string = insights.name
