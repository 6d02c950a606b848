// The Teams test kit (connector stand-in, activities, card text) is what every test here talks to Teams through.
global using SocialeBasisBot.LocalTeams;
