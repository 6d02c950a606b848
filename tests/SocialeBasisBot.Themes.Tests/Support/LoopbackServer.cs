// The provider tests play Azure on the Teams test kit's loopback server (Kestrel on port 0, the port read back).
// Aliases keep their names as they were when the server lived here.
global using LoopbackRequest = SocialeBasisBot.LocalTeams.LoopbackRequest;
global using LoopbackResponse = SocialeBasisBot.LocalTeams.LoopbackResponse;
global using LoopbackServer = SocialeBasisBot.LocalTeams.LoopbackServer;
