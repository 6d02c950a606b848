// The theme wall (Wall/WallPage.cs): swaps in the HTML the bot sends over server-sent events. The bot renders and
// escapes everything; this script only replaces the content, so nothing a participant typed is ever parsed here.
(() => {
  "use strict";
  // A timed question: the bot renders the close time; this counts down next to it, once a second, on this
  // computer's clock (the event stream only resends the wall when something changed).
  function countDown() {
    for (const left of document.querySelectorAll(".time-left[data-closes]")) {
      const ms = Math.max(0, Date.parse(left.dataset.closes) - Date.now());
      if (Number.isNaN(ms)) {
        continue;
      }
      const seconds = Math.ceil(ms / 1000);
      const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
      left.textContent = (left.dataset.template || "{0}").replace("{0}", text);
      left.hidden = false;
      left.classList.toggle("ending", seconds <= 30);
    }
  }
  countDown();
  setInterval(countDown, 1000);

  const main = document.getElementById("wall");
  const state = document.getElementById("live-state");
  const url = main && main.dataset.events;
  if (!url || !("EventSource" in window)) {
    return;
  }
  const events = new EventSource(url);
  events.addEventListener("wall", (e) => {
    main.innerHTML = JSON.parse(e.data).html;
    countDown();
    state.textContent = state.dataset.live;
    state.classList.remove("lost");
  });
  events.addEventListener("error", () => {
    // EventSource reconnects by itself; a link that expired meanwhile gets 410 and stays closed.
    state.textContent = state.dataset.lost;
    state.classList.add("lost");
  });
})();
