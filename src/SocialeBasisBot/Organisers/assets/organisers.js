// "Mijn sessies": the organisers' sessions page. In Teams (personal tab) it signs in with Teams single sign-on: the
// Teams JavaScript client library (teams-js, shipped with the bot from npm) asks Teams for a token, which goes to the
// bot as a bearer token with every call. In a browser it uses the signed link `mijn gegevens` gives in a 1:1 chat (its query is in
// data-query). The bot renders every part as escaped HTML; this script only fetches and places it.
(() => {
  "use strict";
  const root = document.documentElement;
  const body = document.body;
  const status = document.getElementById("status");
  const query = body.dataset.query;
  let teams = null;

  function say(text) {
    status.textContent = text;
  }

  function fail(error) {
    root.dataset.state = "error";
    say(error.message);
  }

  // Teams answers within a second; a page framed by anything else would wait forever, so give up after five.
  function inTeams() {
    const library = window.microsoftTeams;
    if (!library || !library.app || window.parent === window) {
      return Promise.resolve(null);
    }
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
    return Promise.race([library.app.initialize().then(() => library), timeout]).catch(() => null);
  }

  // Dutch first; Teams in English gets the English page, unless the address already chose a language.
  function followTeamsLanguage(library) {
    if (!library || new URLSearchParams(window.location.search).has("lang")) return Promise.resolve(false);
    return library.app.getContext()
      .then((context) => {
        const locale = ((context && context.app && context.app.locale) || "").toLowerCase();
        const wanted = locale.startsWith("en") ? "en" : "nl";
        if (wanted === body.dataset.lang) return false;
        window.location.replace(`?lang=${wanted}`);
        return true;
      })
      .catch(() => false);
  }

  // A fresh token per call: teams-js keeps it while it is valid and asks Teams again when it is not.
  function headers() {
    return teams
      ? teams.authentication.getAuthToken().then((token) => ({ Authorization: `Bearer ${token}` }))
      : Promise.resolve({});
  }

  function call(path, method) {
    const url = `${body.dataset.api}${path}?lang=${body.dataset.lang}${query ? `&${query}` : ""}`;
    return headers()
      .then((h) => fetch(url, { method: method || "GET", headers: h, credentials: "omit" }))
      .then((response) => {
        if (response.status === 401) throw new Error(body.dataset.notSignedIn);
        if (response.status === 404) throw new Error(body.dataset.notFound);
        if (!response.ok) throw new Error(body.dataset.failed);
        return response.text();
      });
  }

  function place(id, html, focusId) {
    document.getElementById(id).innerHTML = html;
    const target = focusId && document.getElementById(focusId);
    if (target) target.focus();
  }

  function list() {
    return call("/sessions").then((html) => {
      place("sessions", html);
      root.dataset.state = "ready";
    });
  }

  function busy(promise) {
    root.dataset.state = "busy";
    say(body.dataset.loading);
    return promise.then(() => {
      if (root.dataset.state === "busy") root.dataset.state = "ready";
      if (status.textContent === body.dataset.loading) say("");
    }).catch(fail);
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (!button) return;
    const session = encodeURIComponent(button.dataset.session || "");
    switch (button.dataset.action) {
      case "detail":
        busy(call(`/sessions/${session}`).then((html) => place("detail", html, "detail-title")));
        break;
      case "compare":
        busy(call(`/compare/${encodeURIComponent(button.dataset.programme)}`).then((html) => place("compare", html, "compare-title")));
        break;
      case "delete":
        document.getElementById("confirm").hidden = false;
        document.querySelector("#confirm [data-action='confirm-delete']").focus();
        break;
      case "cancel-delete":
        document.getElementById("confirm").hidden = true;
        document.querySelector("[data-action='delete']").focus();
        break;
      case "confirm-delete":
        busy(call(`/sessions/${session}/delete`, "POST").then((text) => {
          place("detail", "");
          place("compare", "");
          return list().then(() => say(text));
        }));
        break;
    }
  });

  (query ? Promise.resolve(null) : inTeams())
    .then((library) => {
      teams = library;
      root.dataset.host = library ? "teams" : "browser";
      return followTeamsLanguage(library).then((leaving) => (leaving ? null : list().then(() => say(""))));
    })
    .catch(fail);
})();
