// Trunk post-build hook, in three steps. Fails the build loudly if the HTML is not what it expects.
//
// 1. Moves the inline module script that Trunk writes into index.html to a file of its own,
//    loader.js, so the page runs under `script-src 'self' 'wasm-unsafe-eval'` with no inline script,
//    and has it start the app after the first paint.
// 2. In release builds, drops the wasm exports that nothing calls and shortens the names of the
//    rest (`dropStreamExports`, `minifyExportNames`); then minifies the wasm-bindgen glue and the page's own scripts (terser) and the stylesheet (csso), and
//    rewrites their Subresource Integrity hashes in index.html. Trunk's own minifier cannot parse
//    the glue, and these save about 3 KB gzip of the page.
// 3. Draws the default story's page into index.html's empty `<div class="prerendered">` with
//    `launchmap prerender` (src/ui/prerender.rs).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify as minifyJs } from "terser";
import { minify as minifyCss } from "csso";
import binaryen from "binaryen";

// What Rust's wasm32 target uses, and so what wasm-opt must accept (the target's own list is
// stripped from the file by Trunk's wasm-opt).
const WASM_FEATURES = ["bulk-memory", "reference-types", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "multivalue"];

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
  dropStreamExports();
}

// leptos always builds server_fn's browser client, whose wasm-streams crate exports three JS
// classes (IntoUnderlyingSource, IntoUnderlyingSink, IntoUnderlyingByteSource). Nothing here
// streams a server function, but the linker must keep every export and all it calls. Dropping
// them, and running wasm-opt again, takes 1,737 B gzip off the page's wasm and 366 B off its
// glue, and 1,434 B off the on-demand module (measured). The glue's classes go too; wasm-bindgen
// is pinned by Cargo.lock, and a glue that no longer matches fails the build here.
function dropStreamExports() {
  const dropped = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"))) {
    const path = join(dir, file);
    const module = binaryen.readBinary(readFileSync(path));
    const names = [];
    for (let i = 0; i < module.getNumExports(); i++) {
      const name = binaryen.getExportInfo(module.getExportByIndex(i)).name;
      if (/^(__wbg_)?intounderlying/.test(name)) names.push(name);
    }
    // No such exports (a leptos without them): nothing to drop, and the names stay as they are.
    if (names.length === 0) continue;
    names.forEach((name) => module.removeExport(name));
    writeFileSync(path, module.emitBinary());
    module.dispose();
    // The same binaryen as the import above, and as Trunk's own wasm-opt.
    const opt = spawnSync(
      fileURLToPath(new URL("../node_modules/binaryen/bin/wasm-opt", import.meta.url)),
      ["-Oz", "--converge", "--zero-filled-memory", "--low-memory-unused", "--strip-producers", "--strip-target-features", ...WASM_FEATURES.map((f) => `--enable-${f}`), path, "-o", path],
      { encoding: "utf8" },
    );
    if (opt.status !== 0) {
      fail(`wasm-opt on ${file}: ${opt.stderr || opt.error}`);
    }
    const glue = join(dir, file.replace(/_bg\.wasm$/, ".js"));
    const source = readFileSync(glue, "utf8");
    // The module glue has its classes at the margin, the no-modules glue indented by 4.
    const stripped = source
      .replace(/^( *)(?:export )?class IntoUnderlying\w+ \{\n[\s\S]*?^\1\}\n/gm, "")
      .replace(/^ *if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*\n/gm, "")
      .replace(/^ *const IntoUnderlying\w+Finalization = [^;]*;\n/gm, "")
      .replace(/^ *(?:__)?exports\.IntoUnderlying\w+ = IntoUnderlying\w+;\n/gm, "");
    if (/intounderlying/i.test(stripped)) {
      fail(`${glue} still names the classes whose exports were dropped; update dropStreamExports for this wasm-bindgen`);
    }
    writeFileSync(glue, file.startsWith("on_demand") ? stripped : minifyExportNames(path, stripped));
    const bytes = readFileSync(path);
    const integrity = "sha384-" + createHash("sha384").update(bytes).digest("base64");
    const link = new RegExp(`(<link[^>]*href="\\./${file.replace(/[.]/g, "\\.")}"[^>]*integrity=")[^"]*(")`);
    // Only the page's module has a preload link with an integrity hash; the on-demand one has none.
    if (!file.startsWith("on_demand") && !link.test(html)) {
      fail(`no integrity attribute for ${file} in index.html`);
    }
    html = html.replace(link, `$1${integrity}$2`);
    dropped.push(file);
  }
  console.log(`post-build: dropped wasm-streams' unused exports from ${dropped.join(", ") || "nothing"}`);
}

// The page's wasm exports its functions under their Rust names, some 60 characters long, which
// the module and its glue both spell out. wasm-opt gives them one or two letters, and the glue
// (which calls each as `wasm.<name>`) is rewritten to match: 310 B gzip off the wasm and 130 B
// off the glue (measured). Any `wasm.<name>` left that the module does not export fails the build.
function minifyExportNames(path, glue) {
  const opt = spawnSync(
    fileURLToPath(new URL("../node_modules/binaryen/bin/wasm-opt", import.meta.url)),
    // -Oz again, with the flags above: written out without them, the module grows by 0.7 KB.
    ["--minify-imports-and-exports", "-Oz", "--zero-filled-memory", "--low-memory-unused", "--strip-producers", "--strip-target-features", ...WASM_FEATURES.map((f) => `--enable-${f}`), path, "-o", path],
    { encoding: "utf8" },
  );
  if (opt.status !== 0) {
    fail(`wasm-opt --minify-imports-and-exports on ${path}: ${opt.stderr || opt.error}`);
  }
  let renamed;
  try {
    renamed = new Map(JSON.parse(opt.stdout).exports);
  } catch (e) {
    fail(`wasm-opt --minify-imports-and-exports printed no mapping of names: ${e}`);
  }
  const rewritten = glue.replace(/\bwasm\.(\w+)/g, (whole, name) => (renamed.has(name) ? `wasm.${renamed.get(name)}` : whole));
  const exported = new Set(renamed.values());
  const unknown = [...rewritten.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]).filter((name) => !exported.has(name));
  if (unknown.length > 0) {
    fail(`the glue calls ${[...new Set(unknown)].join(", ")}, which the page's wasm does not export`);
  }
  return rewritten;
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
