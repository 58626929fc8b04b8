// End to end: the walk README's "Make your own explainer" gives a graphics editor, from a fresh
// starter story to a published folder, then that folder in headless Chromium. It builds (trunk
// build --release, with the cargo artifacts of the run before it), so it takes a minute or two.
// `scripts/serve.sh --story` is the same build served by trunk; this test serves the folder the
// way a static host would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

const repo = new URL("../../", import.meta.url).pathname;

/** Runs the launchmap command line as README writes it. */
function launchmap(...args) {
  return spawnSync("cargo", ["run", "--release", "--quiet", "--offline", "--bin", "launchmap", "--", ...args], {
    cwd: repo,
    encoding: "utf8",
  });
}

test("an editor's walk: new, edit, check, build, and the folder renders the edited story", async () => {
  const dir = mkdtempSync(join(tmpdir(), "launchmap-authoring-"));
  const file = join(dir, "my-story.json");
  try {
    const created = launchmap("new", file);
    assert.equal(created.status, 0, created.stderr);

    // The editor fills in the starter: a headline, a launch site in another region, a place.
    const headline = "A test launch from Vandenberg";
    const edited = readFileSync(file, "utf8")
      .replace('"Write the headline here"', JSON.stringify(headline))
      .replace('"Launch site"', '"Vandenberg"')
      .replace('"lat_deg": 39.2', '"lat_deg": 34.742')
      .replace('"lon_deg": 125.67', '"lon_deg": -120.5724')
      .replace('"A capital"', '"Los Angeles"')
      .replace('"lat_deg": 37.5665', '"lat_deg": 34.0522')
      .replace('"lon_deg": 126.978', '"lon_deg": -118.2437');
    assert.notEqual(edited, readFileSync(file, "utf8"), "the starter has the fields README says to fill in");
    writeFileSync(file, edited);

    const checked = launchmap("check", file);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(checked.stdout, /^ok .*my-story\.json/m);

    const out = join(dir, "site");
    const built = launchmap("build", "--story", file, "--out", out);
    assert.equal(built.status, 0, built.stdout + built.stderr);

    // Published: the folder on a static host, as a reader opens it.
    const html = readFileSync(join(out, "index.html"), "utf8");
    assert.match(html, new RegExp(`<title>${headline}</title>`));
    const host = await serve(out);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const page = await browser.newPage();
      const errors = [];
      const elsewhere = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (r) => new URL(r.url()).origin !== host.origin && !r.url().startsWith("data:") && elsewhere.push(r.url()));
      await page.goto(host.origin + "/");
      await page.waitForFunction(() => !document.querySelector(".prerendered"));
      assert.equal(await page.textContent("h1"), headline);
      // The in-range list: Los Angeles is 227.384 km from Vandenberg (npm geographiclib-geodesic).
      await page.waitForSelector("ol.in-range li[data-place]");
      assert.match(await page.textContent("ol.in-range"), /Los Angeles\s*227\.4 km/);
      // The folder's basemap is the world, in detail around the launch site: the coast of
      // California, with land within 5 km of Vandenberg (the map's units are km).
      await page.waitForSelector("path.coast");
      const onLand = await page.$eval('circle.place[data-place="launch-site"]', (c) => {
        const [x, y] = [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
        const land = document.querySelector("path.land");
        return [-5, 0, 5].some((dx) => [-5, 0, 5].some((dy) => land.isPointInFill(new DOMPoint(x + dx, y + dy))));
      });
      assert.ok(onLand, "land within 5 km of Vandenberg");
      assert.deepEqual(errors, []);
      assert.deepEqual(elsewhere, []);
    } finally {
      await browser.close();
      await host.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
