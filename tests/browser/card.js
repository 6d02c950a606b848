// Renders an Adaptive Card with the official renderer (adaptivecards 3.0.6) and reports what it did.
// markdown-it is the renderer's own Markdown hook (it uses window.markdownit when present), as in the designer.
"use strict";

window.renderCard = function renderCard(payload, hostConfig) {
  const target = document.getElementById("card");
  target.replaceChildren();
  const card = new AdaptiveCards.AdaptiveCard();
  if (hostConfig) {
    card.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  }
  const submitted = [];
  card.onExecuteAction = (action) => submitted.push({ type: action.getJsonTypeName(), title: action.title || "" });

  const context = new AdaptiveCards.SerializationContext();
  card.parse(payload, context);
  const parseErrors = [];
  for (let i = 0; i < context.eventCount; i++) {
    parseErrors.push(context.getEventAt(i).message);
  }
  const validationErrors = card.validateProperties().validationEvents.map((e) => e.message);

  const rendered = card.render();
  if (rendered) {
    target.appendChild(rendered);
  }
  window.__lastCard = card;
  return {
    rendered: !!rendered,
    parseErrors,
    validationErrors,
    html: target.innerHTML,
    // Text cut off with "…": the renderer hides what does not fit on one line unless the element wraps.
    clipped: [...target.querySelectorAll("*")]
      .filter((e) => getComputedStyle(e).textOverflow === "ellipsis" && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.innerText.trim()),
    text: target.innerText,
    // Left edge (px) of each text block, row by row, to see whether columns line up.
    rowLefts: [...target.querySelectorAll(".ac-columnSet")]
      .map((row) => [...row.querySelectorAll(".ac-textBlock")].map((e) => Math.round(e.getBoundingClientRect().left))),
    width: target.getBoundingClientRect().width,
    height: target.getBoundingClientRect().height,
  };
};

// Clicks the first button with this title and returns the data the card would send to the bot.
window.clickAction = function clickAction(title, typed) {
  const card = window.__lastCard;
  let sent = null;
  card.onExecuteAction = (action) => {
    sent = { type: action.getJsonTypeName(), data: action.data === undefined ? null : action.data, url: action.url || null };
  };
  const input = document.querySelector("#card textarea, #card input[type=text]");
  if (input && typed !== undefined) {
    input.value = typed;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  const button = [...document.querySelectorAll("#card button")].find((b) => b.innerText.trim() === title);
  if (!button) {
    return { clicked: false, sent };
  }
  button.click();
  return { clicked: true, sent };
};
