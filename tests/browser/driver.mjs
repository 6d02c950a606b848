// Drives Debian's Chromium for the .NET browser tests (tests/SocialeBasisBot.BrowserTests).
// One browser for the whole test run; the tests send one JSON command per line on stdin and read one JSON reply
// per line on stdout ({id, ok, result} or {id, ok: false, error}). Diagnostics go to stderr.
// Pages may load file: and data: URLs only, plus the loopback origins a test names when it opens a page (the bot
// under test): every other request is aborted and recorded, so a test can assert that nothing tried to reach the
// network.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const executablePath = process.env.SBB_CHROMIUM || "/usr/bin/chromium";
// Playwright adds --headless and a fresh temporary --user-data-dir per launch itself.
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const pages = new Map();
let nextPage = 1;
let browser;

function reply(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

function emptyLog() {
  return { requests: [], blocked: [], dialogs: [], console: [], pageErrors: [] };
}

// Only origins on this machine may be allowed: a test never lets a page reach the network.
function loopbackOrigins(allow) {
  return allow.map((origin) => {
    const parsed = new URL(origin);
    if (!["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname)) {
      throw new Error(`not a loopback origin: ${origin}`);
    }
    return parsed.origin;
  });
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function open({ url, width = 1200, height = 800, allow = [] }) {
  const allowed = loopbackOrigins(allow);
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, locale: "nl-NL" });
  const entry = { context, page: null, log: emptyLog() };
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested.startsWith("file:") || requested.startsWith("data:") || allowed.includes(new URL(requested).origin)) {
      return route.continue();
    }
    entry.log.blocked.push(requested);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  entry.page = page;
  page.on("request", (r) => entry.log.requests.push(r.url()));
  page.on("dialog", (d) => {
    entry.log.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on("console", (m) => entry.log.console.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => entry.log.pageErrors.push(String(e)));
  await page.goto(url, { waitUntil: "load" });
  const id = nextPage++;
  pages.set(id, entry);
  return { page: id };
}

function get(id) {
  const entry = pages.get(id);
  if (!entry) {
    throw new Error(`no page ${id}`);
  }
  return entry;
}

const commands = {
  open,
  async eval({ page, expression }) {
    return await get(page).page.evaluate(expression);
  },
  async viewport({ page, width, height = 800 }) {
    await get(page).page.setViewportSize({ width, height });
    return null;
  },
  async screenshot({ page, path, selector, fullPage = true }) {
    const p = get(page).page;
    if (selector) {
      await p.locator(selector).screenshot({ path, animations: "disabled" });
    } else {
      await p.screenshot({ path, fullPage, animations: "disabled" });
    }
    return path;
  },
  async events({ page, clear = false }) {
    const entry = get(page);
    const cspViolations = await entry.page.evaluate("window.__cspViolations.splice(0)");
    const events = { ...entry.log, cspViolations };
    if (clear) {
      entry.log = emptyLog();
    } else {
      await entry.page.evaluate((v) => window.__cspViolations.push(...v), cspViolations);
    }
    return events;
  },
  // axe-core run inside the page (evaluated through the DevTools protocol, so the page's CSP need not allow it).
  async axe({ page }) {
    const p = get(page).page;
    await p.evaluate(axeSource());
    const result = await p.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  },
  async close({ page }) {
    const entry = get(page);
    pages.delete(page);
    await entry.context.close();
    return null;
  },
};

async function main() {
  try {
    browser = await chromium.launch({ executablePath, args, headless: true });
  } catch (e) {
    reply({ id: 0, ok: false, error: `Chromium did not start (${executablePath}): ${e.message}` });
    process.exit(1);
  }
  reply({ id: 0, ok: true, result: { version: browser.version() } });

  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) {
      continue;
    }
    const command = JSON.parse(line);
    if (command.cmd === "quit") {
      break;
    }
    try {
      const handler = commands[command.cmd];
      if (!handler) {
        throw new Error(`unknown command ${command.cmd}`);
      }
      reply({ id: command.id, ok: true, result: (await handler(command)) ?? null });
    } catch (e) {
      reply({ id: command.id, ok: false, error: e.stack || String(e) });
    }
  }
  await browser.close();
}

await main();
