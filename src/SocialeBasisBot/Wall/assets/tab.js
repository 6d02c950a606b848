// The theme wall as a Teams meeting tab (side panel, stage, chat tab). Loaded after the Teams JavaScript client
// library (teams-js/MicrosoftTeams.min.js, shipped with the bot from npm). Outside Teams the library cannot start
// (no Teams window around the page): the page says so in data-host="browser" and works as a plain wall.
(() => {
  "use strict";
  const root = document.documentElement;
  const wall = document.getElementById("wall");

  // Teams answers within a second; a page framed by anything else would wait forever, so give up after five.
  function teamsContext() {
    const teams = window.microsoftTeams;
    if (!teams || !teams.app) {
      return Promise.resolve(null);
    }
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
    const start = teams.app.initialize().then(() => teams.app.getContext());
    return Promise.race([start, timeout]).catch(() => null);
  }

  teamsContext().then((context) => {
    root.dataset.host = context ? "teams" : "browser";
    const chatId = context && context.chat && context.chat.id;
    if (!chatId || !wall.dataset.chatCheck) {
      return;
    }
    // The bot says whether this wall belongs to the meeting chat the tab is in (it knows only for a valid link).
    fetch(`${wall.dataset.chatCheck}&chat=${encodeURIComponent(chatId)}`)
      .then((r) => (r.ok ? r.json() : null))
      .then((answer) => {
        if (answer && !answer.sameChat) {
          const warning = document.getElementById("other-chat");
          warning.hidden = false;
        }
      })
      .catch(() => {});
  });
})();
