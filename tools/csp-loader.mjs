// Trunk post-build hook: moves the inline module script that Trunk writes into index.html to a
// file of its own, loader.js, so the page runs under `script-src 'self' 'wasm-unsafe-eval'` with
// no inline script. Fails the build loudly if the HTML is not what it expects.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-loader: TRUNK_STAGING_DIR is not set; run this as a Trunk post_build hook");
  process.exit(1);
}
const htmlPath = join(dir, "index.html");
const html = readFileSync(htmlPath, "utf8");
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`csp-loader: expected one inline module script in ${htmlPath}, found ${scripts.length}`);
  process.exit(1);
}
writeFileSync(join(dir, "loader.js"), scripts[0][1].trim() + "\n");
const out = html.replace(scripts[0][0], '<script type="module" src="./loader.js"></script>');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(out)) {
  console.error("csp-loader: an inline script is left in index.html");
  process.exit(1);
}
writeFileSync(htmlPath, out);
console.log("csp-loader: moved the loader to loader.js");
