// End to end: the built dist/, served from a sub-path over http://127.0.0.1, in headless Chromium.
// Run by the README's test command after `trunk build --release`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import geodesic from "geographiclib-geodesic";
import { serve } from "./static-server.mjs";

const repo = new URL("../../", import.meta.url).pathname;
const SUB_PATH = "/news/graphics/2024/nk-missiles/";
const outputDir = join(repo, "e2e-output");
let site, server, browser;

before(async () => {
  site = mkdtempSync(join(tmpdir(), "launchmap-e2e-"));
  const root = join(site, SUB_PATH);
  cpSync(join(repo, "dist"), root, { recursive: true });
  // Broken stories, and the hostile inputs too large or too odd to commit, beside the page.
  mkdirSync(join(root, "broken"));
  cpSync(join(repo, "tests/broken"), join(root, "broken"), { recursive: true });
  writeFileSync(join(root, "broken/big.json"), '{"title": "t", "summary": "' + "a".repeat(50 * 1024 * 1024) + '"}');
  mkdirSync(outputDir, { recursive: true });
  server = await serve(site);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** A story text in `lang`: a story file writes each as a string or a map from language to text. */
function inLang(text, lang = "en") {
  return typeof text === "string" ? text : text[lang];
}

/** `text` with `f` applied to it in every language it is written in. */
function mapText(text, f) {
  return typeof text === "string" ? f(text) : Object.fromEntries(Object.entries(text).map(([l, t]) => [l, f(t)]));
}

/**
 * Waits until the app has taken over from the page drawn ahead of time (`.prerendered`, gone once
 * the app has its basemap) in `target`, a page or a frame.
 */
async function tookOver(target) {
  await target.waitForFunction(() => !document.querySelector(".prerendered"));
}

/**
 * The error panel's text, once its list is in: a story file's errors are listed by the on-demand
 * module, after the panel itself.
 */
async function errorPanelText(page, timeout = 5000) {
  await page.waitForSelector(".error-panel li", { timeout });
  return page.textContent(".error-panel");
}

/** Waits until the app's own map has its coast: the app has taken over and drawn the basemap. */
async function ready(target) {
  await tookOver(target);
  await target.waitForSelector("path.coast");
}

/**
 * Opens the explainer with `query`, recording console errors and every request's URL, and waits
 * until the app has taken over from the page drawn ahead of time.
 */
async function open(query = "", viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(server.origin + SUB_PATH + query);
  await tookOver(page);
  return { page, context, consoleErrors, requests };
}

/** Serves `html` as the index of a page on an origin of its own, with extra files; returns the host. */
async function articleHost(html, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), "launchmap-article-"));
  writeFileSync(join(dir, "index.html"), html);
  for (const [name, from] of Object.entries(files)) cpSync(from, join(dir, name));
  const host = await serve(dir);
  assert.notEqual(new URL(host.origin).origin, new URL(server.origin).origin);
  return { host, close: async () => (await host.close(), rmSync(dir, { recursive: true, force: true })) };
}

test("the default story renders: headline, six events, Sunan, sources; no errors, no other origin", async () => {
  const { page, context, consoleErrors, requests } = await open();
  await ready(page);
  assert.equal(await page.textContent("h1"), "North Korea's spring 2024 missile salvos into the Sea of Japan");
  assert.deepEqual(await page.$$eval(".event h3", (els) => els.map((e) => e.textContent)), [
    "Freedom Shield 24 exercise",
    "Salvo from the Pyongyang area",
    "\"Nuclear counterattack\" drill",
    "Launch from Wonsan",
    "Spy satellite lost after lift-off",
    "Larger salvo from Sunan",
  ]);
  assert.ok(await page.isVisible("text.label--launch >> text=Sunan"), "the Sunan launch site is labelled");
  assert.equal(await page.$$eval("circle.place--launch", (els) => els.length), 4);
  assert.equal(await page.$$eval(".sources li", (els) => els.length), 27);
  assert.ok(await page.isVisible("text=Made with Natural Earth"));
  const march = await page.textContent("#event-launch-2024-03-18");
  assert.match(march, /about 300 km reported by South Korea's Joint Chiefs of Staff \(JCS\)/);
  assert.match(march, /about 350 km reported by Japan's Ministry of Defense \(MoD\)/);
  assert.deepEqual(consoleErrors, []);
  const foreign = requests.filter((u) => !u.startsWith(server.origin + "/") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request leaves the page's origin");
  assert.ok(server.requests.every((p) => p.startsWith(SUB_PATH)), "every file is fetched from the sub-path");
  // The default story's region is in its own basemap: the world's files are for other stories.
  assert.deepEqual(requests.filter((u) => u.includes("/assets/world/")), []);
  // The CSP is in force and Trunk's loader is a file, not an inline script.
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.equal(await page.$$eval('script:not([src]):not([type="application/json"])', (els) => els.length), 0);
  await context.close();
});

test("with JavaScript off, the page drawn ahead of time has the headline, every event, the sources, the map and the profile", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const loaded = [];
  page.on("response", (r) => r.ok() && loaded.push(r.url()));
  await page.goto(server.origin + SUB_PATH);
  assert.equal(await page.textContent("h1"), inLang(story.title));
  assert.equal(await page.textContent(".summary"), inLang(story.summary));
  assert.deepEqual(await page.$$eval(".event-list .event h3", (els) => els.map((e) => e.textContent)), story.events.map((e) => inLang(e.title)));
  assert.equal(await page.$$eval(".timeline-item", (els) => els.length), story.events.length);
  assert.equal(await page.$$eval(".sources li", (els) => els.length), story.sources.length);
  assert.deepEqual(await page.$$eval(".credits li", (els) => els.map((e) => e.textContent)), story.credits.map((c) => inLang(c)));
  // The map: land, coasts, the reported ring and the launch sites, in view.
  const land = await page.getAttribute("svg.map path.land", "d");
  // A coarse coast (0.3°, src/ui/prerender.rs), but the land of the whole view.
  assert.ok(land.length > 500, `the land is drawn: ${land.length} characters`);
  assert.ok(await page.isVisible("svg.map path.coast"));
  assert.ok(await page.isVisible("svg.map path.ring--reported"));
  assert.equal(await page.$$eval("svg.map circle.place--launch", (els) => els.length), 4);
  const box = await page.$eval("svg.map", (e) => e.getBoundingClientRect().height);
  assert.ok(box > 300, `the map has its size: ${box} px`);
  // The profile as an image of its SVG, with its description, and a figure with its source.
  await page.waitForLoadState("load");
  assert.ok(loaded.some((u) => u.endsWith("/assets/profile.svg")), "the profile's image loads");
  assert.equal(await page.$eval("img.profile", (img) => img.naturalWidth), 640, "and draws");
  assert.ok(await page.isVisible("img.profile"));
  assert.match(await page.getAttribute("img.profile", "alt"), /^Larger salvo from Sunan: range 350 km/);
  const svg = await (await page.request.get(server.origin + SUB_PATH + "assets/profile.svg")).text();
  assert.ok(svg.split("<polyline").length - 1 >= 3, "the grid, the horizon and the arc");
  assert.match(await page.textContent("#event-launch-2024-03-18"), /about 350 km reported by Japan's Ministry of Defense \(MoD\)/);
  // Controls that need a script are not offered.
  for (const control of [".share", ".map-buttons", ".timeline-controls", ".map-controls fieldset", ".facts"]) {
    assert.equal(await page.isVisible(control), false, `${control} is hidden without scripts`);
  }
  await page.screenshot({ path: join(outputDir, "no-javascript-1280x800.png"), fullPage: true });
  await context.close();
});

test("the app takes over the page drawn ahead of time in the same boxes, with no layout shift", async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 667 }]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && window.__shifts.push(e.value))).observe({
        type: "layout-shift",
        buffered: true,
      });
    });
    // The wasm waits until the page drawn ahead of time has been measured.
    let release;
    const held = new Promise((r) => (release = r));
    await page.route("**/*_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(server.origin + SUB_PATH);
    const boxes = () =>
      page.evaluate(() =>
        // What is on screen as the app takes over, and the tops of what follows. (Cards far below
        // the fold keep a placeholder height until they are drawn: content-visibility: auto.)
        ["h1", ".summary", ".timeline-axis", "svg.map", ".map-controls", ".event-list", ".trajectory h2"].map((selector) => {
          const r = [...document.querySelectorAll(selector)].at(-1).getBoundingClientRect();
          return { selector, x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
        }),
      );
    await page.waitForSelector(".prerendered svg.map path.land");
    const before = await boxes();
    release();
    await ready(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await boxes();
    before.forEach((b, i) => {
      const a = after[i];
      for (const k of b.selector === ".event-list" || b.selector === ".map-controls" ? ["x", "y", "width"] : ["x", "y", "width", "height"]) {
        assert.ok(Math.abs(a[k] - b[k]) <= 1, `${viewport.width} px: ${b.selector} ${k} ${b[k]} before, ${a[k]} after`);
      }
    });
    const cls = await page.evaluate(() => window.__shifts.reduce((sum, v) => sum + v, 0));
    console.log(`# CLS at ${viewport.width} px while the app takes over: ${cls.toFixed(4)}`);
    assert.ok(cls < 0.01, `cumulative layout shift ${cls}`);
    await context.close();
  }
});

test("no horizontal scroll from 320 px to 1920 px; screenshots at phone and desktop sizes", async () => {
  for (const [width, height] of [[320, 640], [375, 667], [768, 1024], [1280, 800], [1920, 1080]]) {
    const { page, context } = await open("", { width, height });
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `horizontal overflow of ${overflow}px at ${width}px`);
    if (width === 375 || width === 1280) {
      await page.screenshot({ path: join(outputDir, `explainer-${width}x${height}.png`), fullPage: false });
    }
    await context.close();
  }
});

/** The timeline's drawn labels (events' and breaks') as boxes on screen, with their text. */
function timelineLabels() {
  return [...document.querySelectorAll(".timeline-axis text")]
    .filter((t) => getComputedStyle(t).visibility !== "hidden")
    .map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
}

/** Pairs of labels whose boxes overlap, as "a / b". */
function overprinted(labels) {
  const pairs = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.text} / ${b.text}`);
    }),
  );
  return pairs;
}

test("the timeline's labels never overprint, on a phone or a desktop, before and after the app takes over", async () => {
  for (const [width, height] of [[320, 640], [375, 667], [768, 1024], [1280, 800]]) {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(server.origin + SUB_PATH);
    assert.deepEqual(overprinted(await still.evaluate(timelineLabels)), [], `the page drawn ahead of time at ${width} px`);
    await context.close();
    const { page, context: live } = await open("", { width, height });
    await ready(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const labels = await page.evaluate(timelineLabels);
    assert.deepEqual(overprinted(labels), [], `the app at ${width} px`);
    if (width >= 768) assert.equal(labels.length, 9, `every label is drawn at ${width} px: ${labels.map((l) => l.text)}`);
    await live.close();
  }
});

test("every broken story in tests/broken shows its located message in the error panel", async () => {
  const names = readdirSync(join(repo, "tests/broken")).filter((n) => n.endsWith(".json")).sort();
  assert.ok(names.length >= 12);
  const { page, context, consoleErrors } = await open();
  for (const name of names) {
    const expected = readFileSync(join(repo, "tests/broken", name.replace(/\.json$/, ".expect")), "utf8").trim();
    await page.goto(`${server.origin}${SUB_PATH}?story=broken/${name}`);
    const text = await errorPanelText(page);
    assert.ok(text.includes(`broken/${name}`), `${name}: the message names the file: ${text}`);
    assert.ok(text.includes(expected), `${name}: expected ${expected} in ${text}`);
  }
  assert.deepEqual(consoleErrors, [], "the app reports errors on the page, not by crashing");
  await context.close();
});

test("a 50 MB story and a missing story file get messages, not a blank page", async () => {
  const { page, context, consoleErrors } = await open("?story=broken/big.json");
  const big = await errorPanelText(page, 30000);
  assert.match(big, /broken\/big\.json: \(the whole file\): has 52,428,8\d\d bytes, more than the 1,000,000 allowed/);
  await page.goto(`${server.origin}${SUB_PATH}?story=broken/nowhere.json`);
  const missing = await errorPanelText(page);
  assert.match(missing, /could not load broken\/nowhere\.json: HTTP 404/);
  await page.goto(`${server.origin}${SUB_PATH}?story=https://evil.example/story.json`);
  const foreign = await errorPanelText(page);
  assert.match(foreign, /give the path of a story file on this site/);
  assert.ok(consoleErrors.every((e) => e.includes("404")), consoleErrors.join("\n"));
  assert.ok(!consoleErrors.some((e) => /panicked|RuntimeError|unreachable/.test(e)));
  await context.close();
});

test("a missing basemap is named on the map while the story still reads", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/assets/basemap.bin", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(server.origin + SUB_PATH);
  const status = await (await page.waitForSelector(".map-status--error")).textContent();
  await tookOver(page);
  assert.match(status, /could not load assets\/basemap\.bin: HTTP 404/);
  assert.equal(await page.$$eval(".event", (els) => els.length), 6);
  await context.close();
});

test("a basemap cut short is named with the byte and field where it ends", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/assets/basemap.bin", async (route) => {
    const whole = await (await route.fetch()).body();
    await route.fulfill({ status: 200, body: whole.subarray(0, 5000) });
  });
  await page.goto(server.origin + SUB_PATH);
  const status = await (await page.waitForSelector(".map-status--error")).textContent();
  await tookOver(page);
  // Cut inside the countries: the message names the byte and the country where reading stopped.
  assert.match(status, /assets\/basemap\.bin: byte \d+: .*countries\[\d+\]/);
  assert.equal(await page.$$eval(".event", (els) => els.length), 6);
  await context.close();
});

test("a broken URL parameter is reported and the page still renders", async () => {
  const { page, context } = await open("?ring=far&layers=roads");
  // The page shows the notice; the on-demand module lists the settings in it, in the reader's language.
  const notice = await (await page.waitForSelector(".url-notice li")).evaluate((li) => li.closest(".url-notice").textContent);
  assert.match(notice, /URL parameter ring=far: not a number of kilometres/);
  assert.match(notice, /URL parameter layers=roads: unknown layer "roads"/);
  assert.equal(await page.$$eval(".event", (els) => els.length), 6);
  await context.close();
});

test("the address follows the reader, in place, and a fresh load of it restores the same view", async () => {
  const { page, context, consoleErrors } = await open("?utm_source=newsletter");
  await ready(page);
  const historyLength = await page.evaluate(() => history.length);
  await page.dispatchEvent("#tl-launch-2024-04-22", "click");
  await page.focus("svg.map");
  for (const key of ["ArrowLeft", "ArrowLeft", "+"]) await page.keyboard.press(key);
  await page.$eval(".map-controls input[type=range]", (input) => {
    input.value = "800";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.uncheck(".map-controls fieldset:last-of-type input >> nth=2");
  await page.check(".trajectory input[type=checkbox]");
  // The address is rewritten once the view is still: every choice in it, the other parameters kept.
  await page.waitForFunction(() => {
    const q = new URLSearchParams(location.search);
    return q.get("event") === "launch-2024-04-22" && q.has("view") && q.get("ring") === "800" && q.get("compare") === "1" && q.has("layers");
  });
  const address = new URL(page.url());
  assert.equal(address.searchParams.get("utm_source"), "newsletter");
  assert.equal(address.pathname, SUB_PATH);
  assert.equal(await page.evaluate(() => history.length), historyLength, "no history entry per change");
  const before = {
    viewBox: (await page.getAttribute("svg.map", "viewBox")).split(" ").map(Number),
    layers: await page.$$eval(".map-controls fieldset:last-of-type input", (els) => els.map((e) => e.checked)),
  };
  // A fresh load of the address shows the same view.
  const again = await context.newPage();
  await again.goto(address.href);
  await ready(again);
  assert.equal(await again.getAttribute(".events .event--selected", "id"), "event-launch-2024-04-22");
  const viewBox = (await again.getAttribute("svg.map", "viewBox")).split(" ").map(Number);
  viewBox.forEach((v, i) => assert.ok(Math.abs(v - before.viewBox[i]) < 0.1, `viewBox ${viewBox} against ${before.viewBox}`));
  assert.equal(await again.$eval(".map-controls input[type=range]", (e) => e.value), "800");
  assert.deepEqual(await again.$$eval(".map-controls fieldset:last-of-type input", (els) => els.map((e) => e.checked)), before.layers);
  assert.ok(await again.isChecked(".trajectory input[type=checkbox]"));
  await again.locator(".trajectory").scrollIntoViewIfNeeded();
  await again.waitForSelector("table.compare");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a keyboard-only walkthrough reaches the timeline, visits every event and reads its detail", async () => {
  const { page, context, consoleErrors } = await open();
  await ready(page);
  // Tab from the top of the page until the timeline has focus.
  let focused = false;
  for (let i = 0; i < 40 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.classList.contains("timeline-axis") ?? false);
  }
  assert.ok(focused, "the timeline is reachable by Tab");
  const visited = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("ArrowRight");
    const card = await page.waitForSelector(".events .event--selected");
    // The detail opens beside the timeline, where the keyboard is.
    const detail = await page.waitForSelector(".event-detail .event");
    assert.equal(await detail.getAttribute("id"), (await card.getAttribute("id")).replace("event-", "detail-"));
    visited.push({ id: await card.getAttribute("id"), text: await detail.textContent() });
  }
  assert.deepEqual(visited.map((v) => v.id), [
    "event-freedom-shield-24",
    "event-launch-2024-03-18",
    "event-launch-2024-04-22",
    "event-launch-2024-05-17",
    "event-satellite-2024-05-27",
    "event-launch-2024-05-30",
  ]);
  const march = visited[1].text;
  assert.match(march, /about 300 km reported by South Korea's Joint Chiefs of Staff \(JCS\)/);
  assert.match(march, /about 350 km reported by Japan's Ministry of Defense \(MoD\)/);
  assert.match(march, /Mon 18 Mar 2024, 07:44 KST/);
  assert.match(march, /Distance flown: about 300 km \(South Korea's Joint Chiefs of Staff \(JCS\)\) to about 350 km \(Japan's Ministry of Defense \(MoD\)\)/);
  await page.keyboard.press("Home");
  assert.equal(await page.getAttribute(".events .event--selected", "id"), "event-freedom-shield-24");
  // The selection survives a resize and a rotation.
  await page.keyboard.press("ArrowRight");
  // Each size is laid out and observed by the page before the next (two frames: layout, then the
  // ResizeObserver's report), not a fixed wait.
  const twoFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.setViewportSize({ width: 375, height: 667 });
  await twoFrames();
  await page.setViewportSize({ width: 667, height: 375 });
  await twoFrames();
  assert.equal(await page.getAttribute(".events .event--selected", "id"), "event-launch-2024-03-18");
  assert.equal(await page.getAttribute(".timeline-item[aria-selected=true]", "id"), "tl-launch-2024-03-18");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("README's embed snippet, on a page of another origin, fits the frame to the explainer", async () => {
  // The snippet exactly as README gives it, pointed at this server.
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const snippet = readme.split("Embed it with an iframe:")[1].split("```html")[1].split("```")[0];
  assert.match(snippet, /data-launchmap/);
  const { host, close } = await articleHost(
    `<!doctype html><html><body style="margin:0"><h1>An article</h1><p>Before the graphic.</p>
${snippet.replace("https://news.example/graphics/2024/nk-missiles/", server.origin + SUB_PATH)}
<p>After the graphic.</p></body></html>`,
  );
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await page.goto(host.origin + "/");
    const frameHeight = () => page.$eval("iframe", (f) => f.getBoundingClientRect().height);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await ready(frame);
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // It leaves its first 1400 px for the explainer's own height, with nothing left to scroll.
    const fitted = async () => {
      for (let i = 0; i < 50; i++) {
        const [f, c] = [await frameHeight(), await contentHeight()];
        if (Math.abs(f - c) <= 1) return f;
        await page.waitForTimeout(100);
      }
      assert.fail(`frame ${await frameHeight()} px, content ${await contentHeight()} px`);
    };
    const first = await fitted();
    assert.notEqual(first, 1400);
    assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1));
    // Opening the comparison table makes the explainer taller, and the frame follows.
    await frame.click(".trajectory input[type=checkbox]");
    await frame.locator(".trajectory").scrollIntoViewIfNeeded();
    await frame.waitForSelector("table.compare");
    const second = await fitted();
    assert.ok(second > first, `${second} px after the table, ${first} px before`);
    await context.close();
  } finally {
    await close();
  }
});

test("inside an article, Copy link gives the article's address with the view, and that link reopens the article at the view", async () => {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const snippet = readme.split("Embed it with an iframe:")[1].split("```html")[1].split("```")[0];
  const { host, close } = await articleHost(
    `<!doctype html><html><body style="margin:0"><h1>An article</h1>
${snippet.replace("https://news.example/graphics/2024/nk-missiles/", server.origin + SUB_PATH)}</body></html>`,
  );
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.origin + "/?id=42");
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await ready(frame);
    await frame.dispatchEvent("#tl-launch-2024-04-22", "click");
    await frame.waitForFunction(() => new URLSearchParams(location.search).get("event") === "launch-2024-04-22");
    await context.grantPermissions(["clipboard-read"], { origin: host.origin });
    await frame.click(".share button");
    // Copied, or, where the browser will not copy from a frame, shown to copy by hand.
    const status = await frame.waitForSelector(".share [role=status]:not(:empty)");
    const shown = await status.$(".share-link");
    const link = shown ? await shown.textContent() : await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(shown || /Link copied/.test(await status.textContent()));
    const url = new URL(link);
    assert.equal(url.origin + url.pathname, host.origin + "/", "the link opens the article");
    assert.equal(url.searchParams.get("id"), "42", "the article's own parameters stay");
    assert.equal(new URLSearchParams(url.searchParams.get("launchmap")).get("event"), "launch-2024-04-22");
    const again = await context.newPage();
    await again.goto(link);
    const reopened = await (await again.waitForSelector("iframe")).contentFrame();
    await ready(reopened);
    assert.equal(await reopened.getAttribute(".events .event--selected", "id"), "event-launch-2024-04-22");
    await context.close();
  } finally {
    await close();
  }
});

test("on a page of its own, Copy link copies the page's address, which holds the view", async () => {
  const { page, context } = await open("?event=launch-2024-05-17");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await ready(page);
  await page.waitForFunction(() => new URLSearchParams(location.search).get("event") === "launch-2024-05-17");
  await page.click(".share button");
  await page.waitForSelector(".share [role=status] >> text=Link copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).searchParams.get("event"), "launch-2024-05-17");
  await context.close();
});

test("Download map: the current view as SVG and as PNG at 2x, with the title, the estimate, the credit and the sources", async () => {
  const { page, context, consoleErrors } = await open("?event=launch-2024-03-18");
  await ready(page);
  const save = async (kind) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-download=${kind}]`)]);
    const path = join(outputDir, file.suggestedFilename());
    await file.saveAs(path);
    return readFileSync(path);
  };
  const svg = (await save("svg")).toString("utf8");
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
  assert.match(svg, /North Korea&apos;s spring 2024 missile salvos/);
  assert.match(svg, /Salvo from the Pyongyang area, Mon 18 Mar 2024/);
  assert.match(svg, /northeast/, "the estimate's direction and its basis");
  assert.match(svg, /Made with Natural Earth/);
  assert.match(svg, />\[\d+\] Japan&apos;s Ministry of Defense[^<]+</, "its sources");
  assert.match(svg, />https:\/\/[^<]+<\/text>/, "with their addresses");
  assert.ok(!/class="/.test(svg), "styles are written in, not left to a stylesheet");
  assert.match(svg, /<path\b[^>]*\bfill="rgb\(/, "the map's paths carry their colours");
  const png = await save("png");
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  assert.equal(png.readUInt32BE(16), 2400, "twice the 1,200 px of the SVG");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("link previews: og and twitter tags from the story, naming a 1200 x 630 social card in the folder", async () => {
  const html = readFileSync(join(repo, "dist/index.html"), "utf8");
  assert.match(html, /<meta property="og:title" content="North Korea&apos;s spring 2024 missile salvos into the Sea of Japan">/);
  assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
  assert.match(html, /<meta property="og:description" content="After the Freedom Shield drills/);
  const image = html.match(/<meta property="og:image" content="([^"]+)">/)[1];
  // X falls back to og:title, og:description and og:image, so the page does not repeat them.
  assert.doesNotMatch(html, /<meta name="twitter:(title|description|image)"/);
  const png = readFileSync(join(repo, "dist", image));
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
});

test("README's pym.js snippet, with the real pym.js Parent on another origin, sizes the frame and follows its width", async () => {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const snippet = readme.split("**With pym.js**")[1].split("```html")[1].split("```")[0];
  const markup = snippet
    .replace("https://pym.nprapps.org/pym.v1.min.js", "pym.v1.min.js")
    .replace("https://news.example/graphics/2024/nk-missiles/", server.origin + SUB_PATH);
  const { host, close } = await articleHost(
    `<!doctype html><html><body style="margin:0"><h1>An article</h1>${markup}<p>After.</p></body></html>`,
    { "pym.v1.min.js": join(repo, "node_modules/pym.js/dist/pym.v1.min.js") },
  );
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(host.origin + "/");
    const iframe = await page.waitForSelector("#launchmap-nk-missiles iframe");
    assert.match(await iframe.getAttribute("src"), /childId=launchmap-nk-missiles/);
    const frame = await iframe.contentFrame();
    await ready(frame);
    const fitted = async () => {
      for (let i = 0; i < 50; i++) {
        const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        if (Math.abs(frameHeight - content) <= 1) return frameHeight;
        await page.waitForTimeout(100);
      }
      assert.fail("the pym.js Parent never fitted the frame");
    };
    const wide = await fitted();
    assert.ok(wide > 1000, `the frame is ${wide} px tall, not pym's 150`);
    // A narrower article column: pym's Parent sends the width, and the frame takes the new height.
    await page.setViewportSize({ width: 400, height: 700 });
    await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().width <= 400);
    const narrow = await fitted();
    assert.notEqual(narrow, wide, "the frame followed the narrower width");
    // pym's protocol itself: a width message, even one that changes nothing, gets a height back.
    const replies = await page.evaluate(async () => {
      const frame = document.querySelector("iframe");
      const heights = [];
      addEventListener("message", (e) => {
        if (e.source === frame.contentWindow && typeof e.data === "string" && e.data.startsWith("pymxPYMxlaunchmap-nk-missilesxPYMxheightxPYMx")) heights.push(e.data);
      });
      frame.contentWindow.postMessage("pymxPYMxlaunchmap-nk-missilesxPYMxwidthxPYMx400", "*");
      for (let i = 0; i < 100 && heights.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      return heights;
    });
    assert.ok(replies.length >= 1, "a height answers a width message that changes nothing");
    assert.match(replies[0], /xPYMxheightxPYMx\d+$/);
    await context.close();
  } finally {
    await close();
  }
});

test("in an amp-iframe (an address marked #amp=1) the explainer asks AMP for its height", async () => {
  const { host, close } = await articleHost(`<!doctype html><html><body>
<iframe src="${server.origin + SUB_PATH}#amp=1" style="width:100%;height:600px;border:0"></iframe>
<script>
  window.requests = [];
  addEventListener("message", function (e) {
    var frame = document.querySelector("iframe");
    if (e.source === frame.contentWindow && e.data && e.data.sentinel === "amp") window.requests.push(e.data);
  });
</script></body></html>`);
  try {
    const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
    const page = await context.newPage();
    await page.goto(host.origin + "/");
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await ready(frame);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => window.requests.some((r) => r.type === "embed-size" && r.height === h), content);
    assert.match(frame.url(), /#amp=1$/, "the address keeps AMP's mark");
    await context.close();
  } finally {
    await close();
  }
});

test("the trajectory profile loads on demand: not with the first view, and drawn once the reader nears it", async () => {
  const { page, context, consoleErrors, requests } = await open("", { width: 1280, height: 800 });
  await ready(page);
  await page.waitForSelector(".profile-slot");
  assert.ok(!requests.some((u) => u.includes("on_demand")), "the first view loads no on-demand module");
  assert.equal(await page.$$eval(".profile-slot canvas", (els) => els.length), 0);
  await page.locator(".trajectory").scrollIntoViewIfNeeded();
  const canvas = await page.waitForSelector(".profile-slot canvas.profile");
  assert.match(await canvas.getAttribute("aria-label"), /Larger salvo from Sunan: range 350 km/);
  // It follows the page: selecting the March launch redraws the profile for it.
  await page.dispatchEvent("#tl-launch-2024-03-18", "click");
  await page.waitForFunction(() => /Salvo from the Pyongyang area/.test(document.querySelector("canvas.profile").getAttribute("aria-label")));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

/** WCAG's contrast ratio of two `#rrggbb` colours. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const linear = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Every pair of custom properties the page draws one on the other: text at 4.5:1, marks at 3:1.
const TEXT_PAIRS = [
  ["ink", "paper"], ["ink", "panel"], ["ink-muted", "paper"], ["ink-muted", "panel"], ["link", "paper"],
  ["accent", "paper"], ["error-ink", "error-bg"], ["ink", "notice-bg"], ["place", "land"], ["place", "sea"],
  ["accent", "land"], ["accent", "sea"], ["ring", "sea"], ["ring", "land"], ["custom-ring", "sea"], ["custom-ring", "land"],
];
const MARK_PAIRS = [
  ["flight", "sea"], ["flight", "land"], ["eez", "sea"], ["eez", "land"], ["coast", "sea"], ["border", "land"],
  ["focus", "paper"], ["focus", "panel"],
];

test("light and dark themes: the system's choice or ?theme=, every colour pair at WCAG AA", async () => {
  const states = [
    { name: "light", scheme: "light", query: "", dark: false },
    { name: "dark (system)", scheme: "dark", query: "", dark: true },
    { name: "?theme=dark on a light system", scheme: "light", query: "?theme=dark", dark: true },
    { name: "?theme=light on a dark system", scheme: "dark", query: "?theme=light", dark: false },
  ];
  const low = [];
  for (const state of states) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: state.scheme });
    const page = await context.newPage();
    await page.goto(server.origin + SUB_PATH + state.query);
    await ready(page);
    const colours = await page.evaluate((names) => {
      const style = getComputedStyle(document.documentElement);
      return Object.fromEntries(names.map((n) => [n, style.getPropertyValue("--" + n).trim().toLowerCase()]));
    }, [...new Set([...TEXT_PAIRS, ...MARK_PAIRS].flat())]);
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(paper === "rgb(18, 20, 23)", state.dark, `${state.name}: the page's paper is ${paper}`);
    for (const [pairs, least] of [[TEXT_PAIRS, 4.5], [MARK_PAIRS, 3]]) {
      for (const [fg, bg] of pairs) {
        const ratio = contrast(colours[fg], colours[bg]);
        if (!(ratio >= least)) low.push(`${state.name}: --${fg} ${colours[fg]} on --${bg} ${colours[bg]} is ${ratio.toFixed(2)}:1, under ${least}:1`);
      }
    }
    await context.close();
  }
  assert.deepEqual(low, []);
});

test("print: the map view, the timeline, the selected event and the sources, no controls, on A4 and Letter", async () => {
  const { page, context, consoleErrors } = await open("?event=launch-2024-03-18");
  await ready(page);
  await page.waitForSelector(".event-detail .event");
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".map-buttons", ".timeline-controls", ".map-controls", ".trajectory", "details.facts", ".events"]) {
    assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
  }
  for (const shown of ["svg.map path.coast", ".timeline-axis", ".event-detail .event", ".sources li", ".credits"]) {
    assert.ok(await page.isVisible(shown), `${shown} is printed`);
  }
  assert.equal(await page.$eval("body", (b) => getComputedStyle(b).backgroundColor), "rgb(255, 255, 255)");
  const pages = {};
  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString("latin1");
    pages[format] = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    writeFileSync(join(outputDir, `explainer-print-${format}.pdf`), pdf, "latin1");
  }
  console.log(`print: ${pages.A4} A4 pages, ${pages.Letter} Letter pages`);
  for (const [format, n] of Object.entries(pages)) assert.ok(n >= 1 && n <= 4, `${n} ${format} pages`);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

/**
 * Every number in the page's text, leaving out what the coverage test exempts: dates and times
 * (`<time>`, the UTC line, day-month and clock patterns, years), interface counts (source
 * numbers, the timeline's quiet days) and the drawing's own scales (scale bar, vertical
 * exaggeration, key names in the instructions).
 */
function numbersOnPage() {
  // The live sentence beside the ring counts the places listed above it, whose distances are in the table.
  const skip = "details.facts, script, style, time, .utc, .event-sources, .timeline-break, .map-instructions, .scale-bar, .profile-axis, .exaggeration, .url-notice, .map-controls [role=status]";
  const months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!/\d/.test(node.textContent) || node.parentElement.closest(skip)) continue;
    const text = node.textContent
      .replace(/\b\d{1,2}:\d{2}\b/g, " ")
      .replace(new RegExp(`\\b\\d{1,2}(?:[–-]\\d{1,2})?\\s+(?:${months})\\b`, "g"), " ")
      .replace(/\b(?:19|20)\d{2}\b/g, " ");
    for (const n of text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []) out.push({ n, in: node.textContent.trim().slice(0, 80) });
  }
  return out;
}

test("check the numbers: loaded on demand, a table and its CSV, covering every number on the page", async () => {
  const { page, context, consoleErrors, requests } = await open();
  await ready(page);
  await page.waitForSelector(".estimate");
  await page.waitForSelector("#event-launch-2024-05-30 .computed");
  assert.equal(await page.getAttribute("details.facts", "open"), null, "closed by default");
  assert.ok(!requests.some((u) => u.includes("on_demand")), "the first view loads nothing of the on-demand module");
  const onPage = await page.evaluate(numbersOnPage);
  assert.ok(onPage.length > 60, `only ${onPage.length} numbers found on the page`);

  await page.click("details.facts summary");
  await page.waitForSelector(".facts-table tbody tr", { timeout: 20000 });
  assert.ok(requests.some((u) => u.endsWith("/on_demand_bg.wasm")), "opening loads the on-demand module");
  const rows = await page.$$eval(".facts-table tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
  assert.ok(rows.length > 80, `${rows.length} rows`);
  // A reported figure names its source and links to it; a computed one names its test.
  const target = rows.find((r) => r[0] === "Larger salvo from Sunan" && r[1] === "Distance to declared target");
  assert.equal(target[2], "365 km");
  assert.match(target[4], /KCNA \(North Korean state media\), "North Korea says it conducted/);
  assert.ok(await page.$(".facts-table a[href='https://www3.nhk.or.jp/nhkworld/en/news/20240531_08/']"));
  const seoul = rows.find((r) => r[1] === "Distance from Sunan to Seoul");
  assert.equal(seoul[3], "computed");
  assert.match(seoul[4], /geodesy::tests::distances_match_geographiclib/);
  // The download is the same table.
  const href = await page.getAttribute(".facts-csv", "href");
  assert.match(href, /^data:text\/csv;charset=utf-8,/);
  const csv = decodeURIComponent(href.slice(href.indexOf(",") + 1));
  assert.equal(csv.trim().split("\r\n").length, rows.length + 1);
  assert.ok(csv.startsWith("event,what,value,unit,origin,source or method,inputs,checked by,url\r\n"));

  // Coverage: a number on the page is in the table, at the precision the page shows it.
  const inTable = rows.flatMap((r) => (r[2].match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, ""))));
  const missing = onPage.filter(({ n }) => {
    const value = Number(n.replace(/,/g, ""));
    const decimals = (n.split(".")[1] ?? "").length;
    return !inTable.some((t) => Math.abs(Number(t.toFixed(decimals)) - value) < 1e-9);
  });
  assert.deepEqual(missing, [], "numbers on the page that the table does not list");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

/** Markup, script, a javascript: link and a bidi override, as a story's text would carry them. */
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  "<script>window.__pwned=1</script>",
  '<svg onload="window.__pwned=1"><circle r="9"/></svg>',
  "javascript:window.__pwned=1",
  "\u202Egnp.exe",
].join(" ");

test("hostile text in every field of a story shows literally and runs nothing", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const mark = (text) => mapText(text, (t) => `${t} ${HOSTILE}`);
  story.title = mark(story.title);
  story.summary = mark(story.summary);
  story.credits = story.credits.map(mark);
  for (const p of story.places) {
    p.name = mark(p.name);
    p.note = mark(p.note ?? "");
  }
  for (const e of story.events) {
    e.title = mark(e.title);
    e.text = mark(e.text);
    for (const f of e.figures ?? []) f.note = mark(f.note ?? "");
    if (e.flight) e.flight.basis = mark(e.flight.basis);
  }
  for (const s of story.sources) {
    s.publisher = mark(s.publisher);
    s.title = mark(s.title);
  }
  writeFileSync(join(site, SUB_PATH, "hostile.json"), JSON.stringify(story));
  const { page, context, consoleErrors } = await open("?story=hostile.json");
  await ready(page);
  await page.waitForSelector(".estimate");
  await page.click("details.facts summary");
  await page.waitForSelector(".facts-table tbody tr", { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "no payload ran");
  assert.equal(await page.$$eval("img", (els) => els.length), 0, "no image was injected");
  assert.equal(await page.$$eval("[onload], [onerror]", (els) => els.length), 0, "no element with a handler was injected");
  assert.equal(await page.$$eval("a[href^='javascript:']", (els) => els.length), 0, "no javascript: link");
  const text = await page.evaluate(() => document.body.innerText);
  const literal = (await page.textContent("h1")) ?? "";
  assert.ok(literal.includes('<img src=x onerror="window.__pwned=1">'), literal);
  // The payload shows as text wherever a field is shown: the headline, a place in the ring's list, an
  // event's title, a source, a credit, the estimate's basis, and the table of numbers.
  for (const selector of ["h1", ".summary", ".in-range li", ".event h3", ".sources li", ".credits li", ".estimate", ".facts-table"]) {
    const shown = await page.$eval(selector, (el) => el.textContent);
    assert.ok(shown.includes("<script>window.__pwned=1</script>"), `${selector}: ${shown.slice(0, 120)}`);
  }
  assert.ok(text.includes("\u202Egnp.exe"));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a javascript: source link is refused with its place", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  story.sources[3].url = "javascript:window.__pwned=1";
  writeFileSync(join(site, SUB_PATH, "js-link.json"), JSON.stringify(story));
  const { page, context } = await open("?story=js-link.json");
  const panel = await errorPanelText(page);
  assert.match(panel, /js-link\.json: sources\[3\]\.url: "javascript:window\.__pwned=1" is not a web address/);
  await context.close();
});

/**
 * axe-core's violations (of any impact) on `page` as it is now, each as "rule: where". The
 * context bypasses the page's CSP for this one script of the test's own.
 */
async function axeViolations(page) {
  await page.addScriptTag({ path: join(repo, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    // WCAG 2.2 A and AA (target sizes among them) and axe's best practices, not only its defaults.
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
    const result = await window.axe.run(document, { runOnly: tags, resultTypes: ["violations"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}`));
  });
}

/** The interface's words in `lang`, by name, from its file (assets/i18n/). */
function words(lang) {
  const lines = readFileSync(join(repo, `assets/i18n/${lang}.txt`), "utf8").split("\n");
  return Object.fromEntries(lines.filter((l) => l.includes(" = ") && !l.startsWith("#")).map((l) => l.split(/ = (.*)/s).slice(0, 2)));
}

for (const [lang, march, arcName] of [
  ["ko", "2024년 3월 18일 (월) 오전 7:44 KST", "순안"],
  ["ja", "2024年3月18日（月）7時44分 KST", "順安"],
]) {
  test(`?lang=${lang}: the interface, dates and story text in ${lang}, <html lang>, the switch, and no other language's files`, async () => {
    const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
    const w = words(lang);
    const { page, context, consoleErrors, requests } = await open(`?lang=${lang}`);
    await ready(page);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.textContent("h1"), inLang(story.title, lang));
    assert.equal(await page.title(), inLang(story.title, lang), "the tab names the story in the language");
    assert.equal(await page.textContent(".summary"), inLang(story.summary, lang));
    assert.equal(await page.textContent("#events-title"), w.events_heading);
    assert.deepEqual(await page.$$eval(".credits li", (els) => els.map((e) => e.textContent)), story.credits.map((c) => inLang(c, lang)));
    // Dates in the language's own style, with the zone named; place names on the map.
    const when = await page.$$eval(".event-list .event-when", (els) => els.map((e) => e.textContent));
    assert.ok(when.some((t) => t.includes(march)), when.join(" | "));
    assert.ok((await page.textContent("svg.map")).includes(arcName), "the launch site's name on the map");
    // Numbers and units as the language writes them, and who reported them, in the language.
    const figures = await page.textContent(".event-list");
    assert.ok(figures.includes(lang === "ko" ? "약 300km" : "約300km"), figures.slice(0, 400));
    assert.ok(figures.includes(lang === "ko" ? "합동참모본부(합참)" : "韓国軍合同参謀本部"));
    // The switch names the page's language as current, and is named in it.
    assert.equal(await page.getAttribute("nav.lang-switch [aria-current=page]", "lang"), lang);
    assert.equal(await page.getAttribute("nav.lang-switch", "aria-label"), w.lang_switch_label);
    // Only this language's files, and the language stays in the address as the reader moves.
    const other = lang === "ko" ? "ja" : "ko";
    assert.ok(requests.some((u) => u.endsWith(`assets/i18n/${lang}.txt`)));
    assert.ok(requests.some((u) => u.endsWith(`assets/story.${lang}.json`)));
    assert.ok(!requests.some((u) => u.includes(`/${other}.txt`) || u.includes(`story.${other}.json`)), requests.join("\n"));
    await page.focus("svg.timeline-axis");
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.search.includes("event="));
    assert.match(await page.evaluate(() => location.search), new RegExp(`lang=${lang}`));
    // The switch opens this view in the other language.
    await Promise.all([page.waitForURL(new RegExp(`lang=${other}`)), page.click(`nav.lang-switch a[lang=${other}]`)]);
    await ready(page);
    const search = await page.evaluate(() => location.search);
    assert.match(search, /event=launch-2024-05-30/);
    assert.equal(await page.getAttribute("html", "lang"), other);
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });
}

test("a browser whose first language is Korean gets Korean; English readers load no language file; ?lang=fr is reported", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto(server.origin + SUB_PATH);
  await ready(page);
  assert.equal(await page.getAttribute("html", "lang"), "ko");
  assert.equal(await page.textContent("h1"), inLang(story.title, "ko"));
  // The address wins over the browser.
  await page.goto(server.origin + SUB_PATH + "?lang=en");
  await ready(page);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent("h1"), inLang(story.title, "en"));
  await context.close();

  const english = await open("");
  await ready(english.page);
  assert.ok(!english.requests.some((u) => u.includes("assets/i18n/") || /story\.\w+\.json/.test(u)), english.requests.join("\n"));
  await english.context.close();

  const bad = await open("?lang=fr");
  await ready(bad.page);
  await bad.page.waitForSelector(".url-notice li");
  assert.match(await bad.page.textContent(".url-notice"), /URL parameter lang=fr: write en, ko or ja/);
  assert.equal(await bad.page.getAttribute("html", "lang"), "en");
  await bad.context.close();
});

test("a Korean reader never sees the English page drawn ahead of time, and is told in Korean of a bad address, a missing translation and a module that did not load", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const w = words("ko");
  const more = words("ko.more");
  const fill = (pattern, ...args) => args.reduce((text, arg, i) => text.replace(`{${i}}`, arg).replace("{}", arg), pattern);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "ko-KR" });
  const page = await context.newPage();
  // With the page's module held back, the English page drawn ahead of time stays unseen, and
  // shows after all once it is clear that no app is coming: never a blank page for good.
  await page.route(/launchmap-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.goto(server.origin + SUB_PATH);
  assert.equal(await page.$eval(".prerendered", (el) => getComputedStyle(el).visibility), "hidden");
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".prerendered")).visibility === "visible", null, { timeout: 10000 });
  await page.unroute(/launchmap-[0-9a-f]+_bg\.wasm$/);

  // A bad address, in Korean.
  await page.goto(server.origin + SUB_PATH + "?ring=far");
  await ready(page);
  await page.waitForSelector(".url-notice li");
  assert.ok((await page.textContent(".url-notice")).includes(fill(more.url_param, "ring", "far", more.url_not_km)), await page.textContent(".url-notice"));

  // The story's Korean file missing: the interface in Korean, the story as the page carries it
  // (English), and a notice saying so.
  await page.route("**/assets/story.ko.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(server.origin + SUB_PATH);
  await ready(page);
  assert.equal(await page.getAttribute("html", "lang"), "ko");
  assert.equal(await page.textContent("h1"), inLang(story.title, "en"));
  assert.equal(await page.textContent("#events-title"), w.events_heading);
  assert.ok((await page.textContent(".url-notice")).includes(w.story_language_missing.split("(")[0]), await page.textContent(".url-notice"));
  await page.unroute("**/assets/story.ko.json");

  // The on-demand module held back: "Check the numbers" says so in Korean.
  await page.route("**/on_demand_bg.wasm", (route) => route.abort());
  await page.goto(server.origin + SUB_PATH);
  await ready(page);
  await page.click("details.facts summary");
  const prefix = more.failed_facts.split("{}")[0];
  await page.waitForFunction((p) => document.querySelector(".facts-scroll").textContent.startsWith(p), prefix);
  await context.close();
});

test("the map in words is a region named by its heading once it is written", async () => {
  const { page, context } = await open();
  await ready(page);
  await page.locator(".map-text").scrollIntoViewIfNeeded();
  await page.waitForSelector("#map-text-title");
  assert.equal(await page.getAttribute(".map-text", "aria-labelledby"), "map-text-title");
  assert.equal(await page.getByRole("region", { name: await page.textContent("#map-text-title") }).count(), 1);
  await context.close();
});

test("axe-core finds no violation in any state: start, each event selected, compare, dark, a bad address, the error panel", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const states = [
    ["start", ""],
    ...story.events.map((e) => [`event ${e.id}`, `?event=${e.id}`]),
    ["compare", "?compare=1"],
    ["dark", "?theme=dark"],
    ["a bad address parameter", "?ring=far"],
    ["Korean", "?lang=ko"],
    ["Japanese", "?lang=ja"],
    ["Korean, an event selected", "?lang=ko&event=launch-2024-05-30"],
    ["Japanese, compare", "?lang=ja&compare=1"],
  ];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  const found = [];
  for (const [name, query] of states) {
    await page.goto(server.origin + SUB_PATH + query);
    await ready(page);
    // The profile, with its comparison table, loads on demand as the reader nears it.
    await page.locator(".trajectory").scrollIntoViewIfNeeded();
    if (query.includes("compare=1")) await page.waitForSelector("table.compare");
    await page.waitForSelector(".trajectory canvas, .trajectory svg");
    // The map in words, with its table open.
    await page.waitForSelector(".map-text table", { state: "attached" });
    await page.$eval(".map-table", (d) => (d.open = true));
    found.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
  }
  await page.goto(server.origin + SUB_PATH + "?story=broken/01-empty.json");
  await errorPanelText(page);
  found.push(...(await axeViolations(page)).map((v) => `error panel: ${v}`));
  await context.close();
  console.log(`# axe-core ${JSON.parse(readFileSync(join(repo, "node_modules/axe-core/package.json"), "utf8")).version}: ${states.length + 1} states, ${found.length} violations`);
  assert.deepEqual(found, []);
});

/** The accessible names of the map's marks, in the order Tab reaches them from the map. */
async function marksByTab(page, count) {
  await page.focus("svg.map");
  const names = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press("Tab");
    names.push(await page.evaluate(() => (document.activeElement.matches("circle.place") ? document.activeElement.textContent : null)));
  }
  return names;
}

test("the map without sight or a mouse: named marks by Tab with their distance, Enter selects, a description and a table that follow the view, one live sentence", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const { page, context, consoleErrors } = await open();
  await ready(page);
  // Every place by Tab, named with its distance from the launch shown (the latest: Sunan).
  const names = await marksByTab(page, story.places.length);
  assert.equal(names.filter(Boolean).length, story.places.length, names.join(" | "));
  assert.ok(names.includes("Seoul, 214.2 km from Sunan"), names.join(" | "));
  assert.ok(names.includes("Sunan, the launch site"), names.join(" | "));
  // The list beside the map is not live; one short sentence says what changed.
  assert.equal(await page.$$eval("ol.in-range[aria-live], .event-detail[aria-live]", (els) => els.length), 0);
  const status = page.locator(".map-controls [role=status]");
  assert.match(await status.textContent(), /^\d+ of the story's places within 300 km of Sunan\.$/);
  await page.fill(".ring-number input", "50");
  await page.press(".ring-number input", "Enter");
  await page.waitForFunction(() => /within 50 km of Sunan\.$/.test(document.querySelector(".map-controls [role=status]").textContent));
  assert.match(await status.textContent(), /^1 of the story's places within 50 km of Sunan\.$/);
  // The map in words loads on demand, then follows the ring.
  await page.locator(".map-text").scrollIntoViewIfNeeded();
  await page.waitForSelector(".map-text table", { state: "attached" });
  const description = await page.textContent(".map-description");
  assert.match(description, new RegExp(`The map marks the story's ${story.places.length} places\\. Distances and directions are from Sunan`));
  assert.match(description, /Rings mark the distances reported for this launch: .*Joint Chiefs/);
  assert.match(description, /northeast/, "the estimated impact area, with its basis");
  const seoulRow = () => page.$$eval(".map-table tr[data-place=seoul] > *", (cells) => cells.map((c) => c.textContent));
  assert.equal(await page.$$eval(".map-table tbody tr", (rows) => rows.length), story.places.length);
  assert.deepEqual(await seoulRow(), ["Seoul", "214.2 km", "south-southeast", "no"]);
  await page.fill(".ring-number input", "300");
  await page.press(".ring-number input", "Enter");
  await page.waitForFunction(() => document.querySelector(".map-table tr[data-place=seoul] td:last-child").textContent === "yes");
  // Enter on a launch point selects its launch: the marks, the sentence and the words follow.
  await page.focus("circle.place[data-place=wonsan]");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /from Wonsan/.test(document.querySelector("circle.place[data-place=seoul]").textContent));
  await page.waitForFunction(() => /of Wonsan\.$/.test(document.querySelector(".map-controls [role=status]").textContent));
  await page.waitForFunction(() => /from Wonsan/.test(document.querySelector(".map-description").textContent));
  // The address follows, debounced.
  await page.waitForFunction(() => location.search.includes("event=launch-2024-05-17"));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("focus is visible at every Tab stop, from the top of the page round to it again, in light and dark", async () => {
  for (const theme of ["light", "dark"]) {
    const { page, context } = await open(`?theme=${theme}`);
    await ready(page);
    // The sections that load on demand are in the page, so their stops are walked too.
    await page.locator(".trajectory").scrollIntoViewIfNeeded();
    await page.waitForSelector(".map-text table", { state: "attached" });
    await page.evaluate(() => window.scrollTo(0, 0));
    const stops = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // What marks the focus: an outline of at least 2 px, or for a mark on the map, its ring.
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        const ring = el.matches("circle.place") && parseFloat(style.strokeWidth) >= 3;
        const box = el.getBoundingClientRect();
        const name = el.id || el.getAttribute("aria-label") || el.textContent.trim().slice(0, 30) || el.tagName;
        return { name: `${el.tagName.toLowerCase()} ${name}`, marked: outline || ring, seen: box.bottom > 0 && box.top < innerHeight && box.width > 0 };
      });
      if (!stop || (stops.length && stop.name === stops[0].name)) break;
      stops.push(stop);
    }
    assert.ok(stops.length >= 20, `${theme}: ${stops.length} Tab stops`);
    assert.deepEqual(stops.filter((s) => !s.marked).map((s) => s.name), [], `${theme}: stops without a visible focus`);
    assert.deepEqual(stops.filter((s) => !s.seen).map((s) => s.name), [], `${theme}: stops scrolled out of sight`);
    console.log(`# ${theme}: ${stops.length} Tab stops, each with a visible focus`);
    await context.close();
  }
});

test("forced colours keep the map's rings, paths, EEZ line, coasts, marks and labels visible, in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: "active", colorScheme });
    await page.goto(server.origin + SUB_PATH);
    await ready(page);
    const colours = await page.evaluate(() => {
      const style = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
      return {
        sea: style(".sea", "fill"),
        land: style(".land", "fill"),
        lines: [
          ...["path.ring--reported", "path.ring--custom", ".flight-path", "path.eez", "path.coast", "circle.place:not(.place--launch)"].map((sel) => [sel, style(sel, "stroke")]),
          ["circle.place--launch", style("circle.place--launch", "fill")],
          ["text.label", style("text.label", "fill")],
        ],
      };
    });
    for (const [sel, colour] of colours.lines) {
      assert.ok(colour !== "none" && !/rgba\(.*, 0\)$/.test(colour), `${colorScheme}, ${sel}: ${colour}`);
      assert.notEqual(colour, colours.sea, `${colorScheme}, ${sel} against the sea`);
      assert.notEqual(colour, colours.land, `${colorScheme}, ${sel} against the land`);
    }
    await context.close();
  }
});

test("a screen reader reads the story in order: headline, summary, timeline, the selected event, the map's description, sources", async () => {
  const story = JSON.parse(readFileSync(join(repo, "stories/nk-srbm-2024.json"), "utf8"));
  const { page, context } = await open("?event=launch-2024-05-30");
  await ready(page);
  await page.locator(".map-text").scrollIntoViewIfNeeded();
  await page.waitForSelector(".map-text table", { state: "attached" });
  const tree = await page.locator("main").ariaSnapshot();
  writeFileSync(join(outputDir, "aria-snapshot.yml"), tree);
  const event = story.events.find((e) => e.id === "launch-2024-05-30");
  const order = [
    ["headline", `heading "${inLang(story.title)}" [level=1]`],
    ["summary", inLang(story.summary).slice(0, 40)],
    ["timeline", "Timeline of events"],
    ["the selected event", `region "The selected event"`],
    ["its title", inLang(event.title)],
    ["the map", "The map in words"],
    ["the map's description", "The map marks the story's"],
    ["sources", 'heading "Sources"'],
  ];
  let from = 0;
  for (const [what, text] of order) {
    const at = tree.indexOf(text, from);
    assert.ok(at >= 0, `${what} ("${text}") after the step before it, in:\n${tree.slice(from, from + 400)}`);
    from = at;
  }
  await context.close();
});

/** Karney's own geodesic (npm geographiclib-geodesic), the reference for every distance shown. */
function referenceKm(a, b) {
  return geodesic.Geodesic.WGS84.Inverse(a.lat_deg, a.lon_deg, b.lat_deg, b.lon_deg).s12 / 1000;
}

/** A story in a region the project was not built for: Rocket Lab's pad on Mahia, beside the antimeridian. */
function southPacificStory() {
  const place = (id, name, lat_deg, lon_deg, kind = "city") => ({ id, name, lat_deg, lon_deg, kind });
  return {
    language: "en",
    title: "A test launch from Mahia",
    summary: "A made-up launch to test a region far from Korea, across the antimeridian.",
    places: [
      place("mahia", "Mahia", -39.2615, 177.8649, "launch_site"),
      place("wellington", "Wellington", -41.2865, 174.7762, "capital"),
      place("chatham", "Chatham Islands", -43.95, -176.55),
      place("suva", "Suva", -18.1416, 178.4419, "capital"),
      place("honolulu", "Honolulu", 21.3069, -157.8583),
      place("santiago", "Santiago", -33.4489, -70.6693, "capital"),
    ],
    events: [
      {
        id: "launch-1",
        kind: "missile_launch",
        title: "Test launch",
        at: "2024-05-30T06:14:00Z",
        time_zone: "UTC",
        places: ["mahia"],
        text: "A made-up launch.",
        sources: ["s1"],
        figures: [{ quantity: "distance", value: 900, unit: "km", qualifier: "about", source: "s1" }],
      },
    ],
    sources: [{ id: "s1", publisher: "Test", title: "Test", date: "2024-05-30", url: "https://example.org/test" }],
    credits: ["Coastlines and borders: Made with Natural Earth."],
    // The zones it chooses: one plain, one with its names in the page's other languages, and
    // Tonga's, whose islands are in none of the places' tiles nor in the 1:110m world: the
    // tile where its zone comes nearest the launch site brings them.
    eez: ["Fiji", { en: "New Zealand", ko: "뉴질랜드", ja: "ニュージーランド" }, "Tonga"],
  };
}

for (const [name, file] of [
  ["the Hwasong-19 story", "stories/hwasong-19-2024.json"],
  ["the Oreshnik story", "stories/oreshnik-2024.json"],
  ["a story across the antimeridian", "south-pacific.json"],
]) {
  test(`${name}: loads with ?story=, a 20,000 km ring holds every place at its true geodesic distance, no errors, no other host`, async () => {
    const root = join(site, SUB_PATH);
    if (file === "south-pacific.json") writeFileSync(join(root, file), JSON.stringify(southPacificStory()));
    const story = JSON.parse(readFileSync(join(root, file), "utf8").replace(/^\s*\/\/.*$/gm, ""));
    const { page, context, consoleErrors, requests } = await open(`?story=${file}&ring=20000`);
    await ready(page);
    await page.waitForSelector("ol.in-range li[data-place]");
    const shown = await page.$$eval("ol.in-range li[data-place]", (lis) => lis.map((li) => [li.dataset.place, li.querySelector(".km").textContent]));
    const latest = story.events.filter((e) => e.kind === "missile_launch").sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
    const site_ = story.places.find((p) => p.id === latest.places[0]);
    const others = story.places.filter((p) => referenceKm(site_, p) > 0.001);
    assert.equal(shown.length, others.length, `every place but the site is within 20,000 km: ${JSON.stringify(shown)}`);
    for (const [id, text] of shown) {
      const km = Number(text.replace(/[^\d.]/g, ""));
      const reference = referenceKm(site_, story.places.find((p) => p.id === id));
      assert.ok(Math.abs(km - reference) <= 0.051, `${id}: shown ${text}, reference ${reference.toFixed(3)} km`);
    }
    // The world at 1:110m, and 1:10m in the tile of the launch site (src/map/basemap/tiles.rs),
    // with land within 5 km of its mark (the map's units are km; a site may be on the coast).
    const tile = (v, min, count) => min + 20 * Math.min(count - 1, Math.floor((v - min) / 20));
    const siteTile = `${tile(site_.lon_deg, -180, 18)}_${tile(site_.lat_deg, -90, 9)}`;
    const worldFiles = requests.filter((u) => u.includes("/assets/world/")).map((u) => u.replace(/.*\/assets\/world\//, ""));
    assert.ok(worldFiles.includes("110m.bin") && worldFiles.includes(`10m/${siteTile}.bin`), JSON.stringify(worldFiles));
    const onLand = await page.$eval(`circle.place[data-place="${site_.id}"]`, (c) => {
      const [x, y] = [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
      const land = document.querySelector("path.land");
      return [-5, 0, 5].some((dx) => [-5, 0, 5].some((dy) => land.isPointInFill(new DOMPoint(x + dx, y + dy))));
    });
    assert.ok(onLand, `land within 5 km of ${site_.id}`);
    const bytes = worldFiles.map((f) => gzipSync(readFileSync(join(root, "assets/world", f)), { level: 9 }).length);
    const storyBytes = gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
    console.log(`# ${name}: loads ${storyBytes + bytes.reduce((a, b) => a + b, 0)} B gzip (zlib -9) beyond the first view: the story ${storyBytes} B, the world at 1:110m ${bytes[worldFiles.indexOf("110m.bin")]} B, ${worldFiles.length - 1} tiles at 1:10m ${bytes.reduce((a, b) => a + b, 0) - bytes[worldFiles.indexOf("110m.bin")]} B`);
    // The 20,000 km ring is drawn, as finite numbers (it runs close to the antipode).
    const ring = await page.getAttribute("path.ring--custom", "d");
    assert.ok(ring && !/NaN|Infinity/.test(ring), ring?.slice(0, 80));
    // The zones it shows: those it names, else Japan's within the default region, else none.
    // Each is a file of its own, drawn, named in the key, and measured to from the launch site.
    const zones = story.eez ? story.eez.map((z) => (typeof z === "string" ? z : z.en)) : file.includes("oreshnik") ? [] : ["Japan"];
    const zoneFiles = requests.filter((u) => u.includes("/assets/eez/")).map((u) => u.replace(/.*\/assets\/eez\//, ""));
    assert.deepEqual(zoneFiles.sort(), zones.map((z) => `${z.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.bin`).sort());
    const eez = await page.$eval("path.eez", (p) => p.getAttribute("d")).catch(() => "");
    const key = await page.$eval(".legend .key--eez", (k) => (getComputedStyle(k.closest("li")).display === "none" ? "" : k.closest("li").textContent));
    const toggle = await page.$eval(".map-controls label.zones-only", (l) => getComputedStyle(l).display !== "none");
    assert.equal(toggle, zones.length > 0, "the zones' switch is there only for a story with zones");
    const card = await page.textContent(`#event-${latest.id} .computed`);
    for (const zone of zones) {
      assert.ok(key.includes(zone), `the key names ${zone}: ${key}`);
      assert.match(card, new RegExp(`${zone}'s nearest coast [\\d,.]+ km`), card);
    }
    if (zones.length) {
      assert.ok(eez.length > 100 && !/NaN/.test(eez), `the zones' line: ${eez.slice(0, 80)}`);
    } else {
      assert.equal(key, "", "no key for zones a story does not show");
      assert.doesNotMatch(card, /nearest coast/);
    }
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== server.origin && !u.startsWith("data:")), []);
    await context.close();
  });
}

test("a story's own zones: 'Check the numbers' measures to their coasts on the story's own basemap, in the reader's language", async () => {
  writeFileSync(join(site, SUB_PATH, "south-pacific.json"), JSON.stringify(southPacificStory()));
  const { page, context, consoleErrors } = await open("?story=south-pacific.json&lang=ko");
  await ready(page);
  const card = await page.textContent("#event-launch-1 .computed");
  await page.click("details.facts summary");
  await page.waitForSelector(".facts-table tbody tr", { timeout: 20000 });
  const rows = await page.$$eval(".facts-table tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
  // Each zone's country, by the name the story gives it in Korean, or its own where it has none.
  for (const country of ["뉴질랜드", "Fiji"]) {
    const shown = card.match(new RegExp(`가장 가까운 ${country} 해안 ([\\d,.]+) ?km`));
    assert.ok(shown, card);
    const row = rows.find((r) => r[1] === `Mahia에서 가장 가까운 ${country} 해안까지의 거리`);
    assert.ok(row, JSON.stringify(rows.map((r) => r[1])));
    // The table's number is the card's: the same basemap, composed for the story.
    const number = (text) => parseFloat(text.replace(/,/g, ""));
    assert.equal(number(row[2]), number(shown[1]), JSON.stringify([row, shown[1]]));
  }
  assert.ok(!rows.some((r) => /일본|Japan/.test(r[1])), "nothing is measured to Japan");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the Hwasong-19 story says why no minimum-energy range is computed, with its assumptions and the published estimate beside it", async () => {
  const { page, context, consoleErrors } = await open("?story=stories/hwasong-19-2024.json");
  await ready(page);
  await page.locator(".trajectory").scrollIntoViewIfNeeded();
  await page.waitForSelector(".trajectory canvas");
  const text = await page.textContent(".trajectory");
  assert.match(text, /at least orbital speed there \(\d+\.\d km\/s\)/);
  assert.match(text, /burnout assumed 300 km up; a spherical, non-rotating Earth without air/);
  // Beside it, the range the story's sources published, with who published it.
  assert.match(text, /Published estimates of its range: more than 15,000 km \(Japan's Chief Cabinet Secretary, Yoshimasa Hayashi\)\./);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
