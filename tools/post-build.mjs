// Trunk post-build hook, in three steps. Fails the build loudly if the HTML is not what it expects.
//
// 1. Moves the inline module script that Trunk writes into index.html to a file of its own,
//    loader.js, so the page runs under `script-src 'self' 'wasm-unsafe-eval'` with no inline script,
//    and has it start the app after the first paint.
// 2. In release builds, minifies the wasm-bindgen glue and the page's own scripts (terser) and the stylesheet (csso), and
//    rewrites their Subresource Integrity hashes in index.html. Trunk's own minifier cannot parse
//    the glue, and these save about 3 KB gzip of the page.
// 3. Draws the default story's page into index.html's empty `<div class="prerendered">` with
//    `launchmap prerender` (src/ui/prerender.rs).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  fail("TRUNK_STAGING_DIR is not set; run this as a Trunk post_build hook");
}
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  fail(`expected one inline module script in ${htmlPath}, found ${scripts.length}`);
}
// The app starts after the first paint, so that the page drawn ahead of time (step 3) is on
// screen before the app builds its own; at most 100 ms late where frames do not come (a hidden
// tab, a frame out of view).
const afterFirstPaint = "await new Promise(p=>{requestAnimationFrame(()=>setTimeout(p));setTimeout(p,100)});\n";
const loader = scripts[0][1].trim();
const imports = loader.match(/^(?:import[^;]*;\s*)*/)[0];
writeFileSync(join(dir, "loader.js"), imports + afterFirstPaint + loader.slice(imports.length) + "\n");
html = html.replace(scripts[0][0], '<script type="module" src="./loader.js"></script>');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  fail("an inline script is left in index.html");
}

if (process.env.TRUNK_PROFILE === "release") {
  const minified = [];
  const links = [...html.matchAll(/<link[^>]*href="\.\/([^"]+\.(?:js|css))"[^>]*>/g)].map((m) => [m[1], true]);
  const scripts = [...html.matchAll(/<script src="\.\/([^"]+\.js)"[^>]*>/g)].map((m) => [m[1], false]);
  for (const [file, isModule] of [...links, ...scripts]) {
    const path = join(dir, file);
    const source = readFileSync(path, "utf8");
    const output = file.endsWith(".js")
      ? (await minifyJs(source, { module: isModule, compress: true, mangle: true })).code
      : minifyCss(source, { restructure: false }).css;
    if (!output) {
      fail(`minifying ${file} gave nothing`);
    }
    writeFileSync(path, output);
    const integrity = "sha384-" + createHash("sha384").update(output).digest("base64");
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const link = new RegExp(`(<(?:link|script)[^>]*(?:href|src)="\\./${escaped}"[^>]*integrity=")[^"]*(")`);
    if (!link.test(html)) {
      fail(`no integrity attribute for ${file} in index.html`);
    }
    html = html.replace(link, `$1${integrity}$2`);
    minified.push(`${file} ${source.length} -> ${output.length} B`);
  }
  if (minified.length !== 4) {
    fail(`expected the glue, the stylesheet and the two page scripts to minify, found ${minified.join(", ") || "none"}`);
  }
  console.log(`post-build: minified ${minified.join(", ")}`);
}

// The story the page is built with: the default, or the file `launchmap build --story` (and
// `scripts/serve.sh --story`) name in LAUNCHMAP_STORY.
const storyArgs = process.env.LAUNCHMAP_STORY ? ["--story", process.env.LAUNCHMAP_STORY] : [];

if (process.env.TRUNK_PROFILE === "release") {
  // The social card (og:image) and the og and twitter tags that name it, from the default story.
  const card = spawnSync(
    "cargo",
    ["run", "--release", "--quiet", "--offline", "-p", "launchmap-card", "--", ...storyArgs, "--out", join(dir, "og-image.png")],
    { encoding: "utf8" },
  );
  if (card.status !== 0) {
    fail(`the social card was not drawn: ${card.stderr}`);
  }
  html = html.replace("</head>", card.stdout.trim() + "</head>");
  console.log("post-build: drew og-image.png and wrote its meta tags");
}

// The template's comments are for its readers, and its indentation for its editors: neither
// is the reader's to download (179 B gzip of index.html, measured). Nothing here yet but the
// template and the story's meta tags, where a run of spaces reads as one anyway.
html = html.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><").replace(/\s+/g, " ").replace(/ \/>/g, ">");
writeFileSync(htmlPath, html);
console.log("post-build: moved the loader to loader.js");

// 3. Draws the default story's page into index.html (`launchmap prerender`, natively, from the same
//    components and core as the app), for readers without JavaScript and for the first paint.
const release = process.env.TRUNK_PROFILE === "release" ? ["--release"] : [];
const prerender = spawnSync(
  "cargo",
  ["run", ...release, "--quiet", "--offline", "--bin", "launchmap", "--", "prerender", htmlPath, ...storyArgs],
  { encoding: "utf8" },
);
if (prerender.status !== 0) {
  fail(`the page was not drawn ahead of time: ${prerender.stderr}`);
}
console.log(`post-build: ${prerender.stdout.trim()}`);
