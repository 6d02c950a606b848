// Parameters for deployment/azure/main.bicep. Fill in the app id; the three secrets come from the environment of the
// shell that deploys (export SBB_APP_PASSWORD=… SBB_SIGNING_KEY=… SBB_DB_PASSWORD=…), so they never reach git.
using './main.bicep'

param baseName = 'sbb'
param botAppId = '00000000-0000-0000-0000-000000000000'
param botAppPassword = readEnvironmentVariable('SBB_APP_PASSWORD')
param exportSigningKey = readEnvironmentVariable('SBB_SIGNING_KEY')
param databaseAdminLogin = 'sbbadmin'
param databaseAdminPassword = readEnvironmentVariable('SBB_DB_PASSWORD')
