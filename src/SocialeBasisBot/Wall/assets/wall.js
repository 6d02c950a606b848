// The theme wall (Wall/WallPage.cs): swaps in the HTML the bot sends over server-sent events. The bot renders and
// escapes everything; this script only replaces the content, so nothing a participant typed is ever parsed here.
(() => {
  "use strict";
  const main = document.getElementById("wall");
  const state = document.getElementById("live-state");
  const url = main && main.dataset.events;
  if (!url || !("EventSource" in window)) {
    return;
  }
  const events = new EventSource(url);
  events.addEventListener("wall", (e) => {
    main.innerHTML = JSON.parse(e.data).html;
    state.textContent = state.dataset.live;
    state.classList.remove("lost");
  });
  events.addEventListener("error", () => {
    // EventSource reconnects by itself; a link that expired meanwhile gets 410 and stays closed.
    state.textContent = state.dataset.lost;
    state.classList.add("lost");
  });
})();
