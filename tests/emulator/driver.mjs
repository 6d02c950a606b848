// Drives the UI of Microsoft 365 Agents Playground (Microsoft's Teams emulator) in Debian's headless Chromium for
// the emulator test (tests/SocialeBasisBot.EmulatorTests). The test sends one JSON command per line on stdin and
// reads one JSON reply per line on stdout ({id, ok, result} or {id, ok: false, error}); diagnostics go to stderr.
// It types as the emulator's current user, the way a person does: @ + the bot's name, picks the bot from the
// suggestions, types the rest, presses Enter (or "Post" for a new channel post). Waits are bounded and wait on what
// appears in the page, never on time alone. Only the emulator's own address may load: its UI asks a CDN for fonts,
// which is aborted (Chromium falls back to local fonts) so the test never needs the network.
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const executablePath = process.env.SBB_CHROMIUM || "/usr/bin/chromium";
const args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];

let browser;
let page;
let origin;
const blocked = [];
const pageErrors = [];

function reply(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

// The text of the open chat or channel as the UI shows it (cards as rendered text), without the chat list and the
// log panel: the largest element around the compose box that holds neither. Counting in it works the same in a chat
// and in a channel, whose posts and replies the emulator lays out differently. Installed in the page, so that
// waitForFunction can poll it there.
function installPaneText() {
  window.sbbPaneText = () => {
    let pane = document.querySelector('[role="textbox"]');
    while (pane?.parentElement && !pane.parentElement.querySelector('[role="tree"]') &&
      !pane.parentElement.innerText.includes("Log Panel")) {
      pane = pane.parentElement;
    }
    return pane?.innerText ?? "";
  };
  // "page" counts in the whole page, log panel included (the emulator logs each activity it delivers there).
  window.sbbOccurrences = (needle, scope) =>
    (scope === "page" ? document.body.innerText : window.sbbPaneText()).split(needle).length - 1;
}

const paneText = () => page.evaluate(() => window.sbbPaneText());

async function composeBox(where) {
  if (where?.thread) {
    // A reply in the channel thread whose first post contains this text.
    const post = page.getByRole("group").filter({ hasText: where.thread }).first();
    return { box: post.getByRole("textbox").last(), send: (box) => box.press("Enter") };
  }
  if (where?.newPost) {
    const box = page.getByRole("textbox").first();
    return { box, send: () => page.getByRole("button", { name: "Post", exact: true }).click() };
  }
  return { box: page.getByRole("textbox").last(), send: (box) => box.press("Enter") };
}

const commands = {
  async start({ url, width = 1400, height = 1000 }) {
    browser = await chromium.launch({ executablePath, args });
    origin = new URL(url).origin;
    const context = await browser.newContext({ viewport: { width, height }, locale: "nl-NL" });
    await context.route("**/*", (route) => {
      const requested = route.request().url();
      if (requested.startsWith(origin) || requested.startsWith("data:") || requested.startsWith("blob:")) {
        return route.continue();
      }
      blocked.push(requested);
      return route.abort("blockedbyclient");
    });
    await context.addInitScript(installPaneText);
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(url, { waitUntil: "load" });
    await page.getByRole("textbox").first().waitFor({ timeout: 30000 });
    return { version: browser.version() };
  },

  // Opens a chat or channel by the name the emulator lists it under.
  async open({ name }) {
    await page.getByRole("treeitem", { name }).first().click();
    await page.getByRole("textbox").first().waitFor({ timeout: 10000 });
    return null;
  },

  // Types "@<bot> <text>" as the current user and sends it; returns what the UI posted and the emulator answered.
  async say({ bot, text, where, timeout = 10000 }) {
    const { box, send } = await composeBox(where);
    await box.click();
    await box.pressSequentially("@" + bot.slice(0, 4));
    await page.getByRole("listbox").getByText(bot, { exact: true }).click({ timeout });
    await box.pressSequentially(" " + text);
    const answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && /\/_conversation\/v1\/conversations\/.*\/messages$/.test(r.url()),
      { timeout },
    );
    await send(box);
    const response = await answered;
    return { url: response.url(), status: response.status(), request: response.request().postDataJSON(), response: await response.json() };
  },

  // Answers in the last card that shows `title`, as a participant does: types into its text box and presses `button`
  // (an Action.Execute, which the UI sends to the emulator's invoke route). Returns the invoke's HTTP status.
  async cardAnswer({ title, text, button, timeout = 10000 }) {
    const card = page.locator(".ac-adaptiveCard").filter({ hasText: title }).last();
    await card.locator("textarea, input[type=text]").first().fill(text, { timeout });
    const answered = page.waitForResponse(
      (r) => r.request().method() === "POST" && /\/_conversation\/v1\/invoke/.test(r.url()),
      { timeout },
    );
    await card.getByRole("button", { name: button, exact: true }).click({ timeout });
    const response = await answered;
    return { url: response.url(), status: response.status() };
  },

  text: paneText,

  // How often each of `texts` occurs in the open chat (or, with scope "page", anywhere in the page) now.
  async count({ texts, scope = "chat" }) {
    return await page.evaluate(({ texts, scope }) => texts.map((t) => window.sbbOccurrences(t, scope)), { texts, scope });
  },

  // Waits until each of `texts` (with `any`: one of them) occurs at least `count` times in the open chat or the page
  // (bounded by `timeout` ms) and returns the chat's text; fails with what the chat showed.
  async waitFor({ texts, count = 1, scope = "chat", any = false, timeout = 30000 }) {
    try {
      await page.waitForFunction(
        ({ texts, count, scope, any }) => {
          const enough = (t) => window.sbbOccurrences(t, scope) >= count;
          return any ? texts.some(enough) : texts.every(enough);
        },
        { texts, count, scope, any },
        { timeout, polling: 100 },
      );
    } catch {
      throw new Error(`${any ? "none of " : ""}${JSON.stringify(texts)} not ${count} time(s) in the ${scope} within ${timeout} ms; it shows:\n${await paneText()}`);
    }
    return await paneText();
  },

  async screenshot({ path }) {
    await page.screenshot({ path, fullPage: true });
    return { path };
  },

  async log() {
    return { blocked: blocked.slice(), pageErrors: pageErrors.slice() };
  },
};

const lines = createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  let id = null;
  try {
    const command = JSON.parse(line);
    id = command.id;
    const handler = commands[command.cmd];
    if (!handler) {
      throw new Error(`unknown command ${command.cmd}`);
    }
    reply({ id, ok: true, result: (await handler(command)) ?? null });
  } catch (e) {
    reply({ id, ok: false, error: String(e?.stack ?? e) });
  }
});
// The test closing stdin (or dying) ends the browser too, so no Chromium outlives a run.
lines.on("close", async () => {
  await browser?.close().catch(() => {});
  process.exit(0);
});
