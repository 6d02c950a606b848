// The meeting tab's configuration page (WallTabPage.cs): the facilitator pastes the link the bot gave for `muur`;
// the page checks it with the bot (genuine, not expired, and of this meeting's chat) and saves it as the tab.
(() => {
  "use strict";
  const root = document.documentElement;
  const input = document.getElementById("wall-link");
  const message = document.getElementById("message");
  const say = (key) => message.dataset[key] || key;
  let context = null;
  let chosen = null;

  function teamsContext() {
    const teams = window.microsoftTeams;
    if (!teams || !teams.app) {
      return Promise.resolve(null);
    }
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
    return Promise.race([teams.app.initialize().then(() => teams.app.getContext()), timeout]).catch(() => null);
  }

  function valid(isValid) {
    if (context) {
      window.microsoftTeams.pages.config.setValidityState(isValid);
    }
  }

  async function check() {
    chosen = null;
    valid(false);
    let url;
    try {
      url = new URL(input.value.trim());
    } catch {
      message.textContent = input.value.trim() ? say("notALink") : "";
      return;
    }
    const path = url.pathname.match(/^(.*\/wall\/[^/]+)$/);
    if (url.origin !== location.origin || !path) {
      message.textContent = say("notAWallLink");
      return;
    }
    const chat = context && context.chat ? context.chat.id : "";
    const response = await fetch(`${path[1]}/chat${url.search}&chat=${encodeURIComponent(chat)}`).catch(() => null);
    if (!response || !response.ok) {
      message.textContent = response && response.status === 410 ? say("expired") : say("invalid");
      return;
    }
    const answer = await response.json();
    if (context && !answer.sameChat) {
      message.textContent = say("otherChat");
      return;
    }
    chosen = {
      contentUrl: `${url.origin}${path[1]}/tab${url.search}`,
      websiteUrl: url.href,
      entityId: `muur-${path[1].split("/").pop()}`,
      suggestedDisplayName: say("tabName"),
    };
    message.textContent = say("ok");
    valid(true);
  }

  teamsContext().then((found) => {
    context = found;
    root.dataset.host = context ? "teams" : "browser";
    if (context) {
      window.microsoftTeams.pages.config.registerOnSaveHandler((save) => {
        if (!chosen) {
          save.notifyFailure(say("invalid"));
          return;
        }
        window.microsoftTeams.pages.config.setConfig(chosen)
          .then(() => save.notifySuccess())
          .catch((e) => save.notifyFailure(String(e)));
      });
    }
    input.addEventListener("input", () => { check(); });
    check();
  });
})();
