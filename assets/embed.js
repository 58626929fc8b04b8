// Runs in the head, before the page is drawn, and before the page's module has started. Sets a theme the address forces, and in a frame
// tells the embedding page the explainer's height whenever it changes, in each of the ways a news
// page listens: launchmap's own message (README's plain snippet), pym.js's (a pym Parent puts
// childId in the frame's address, and asks again with each new width) and AMP's amp-iframe
// (which marks the address with #amp=1). Only heights leave the page. Plain script, so that it
// works before the wasm has loaded (README, "Embed it").
"use strict";
// A theme the address forces (?theme=dark|light), so that the page never shows the other one
// first. (The module reports a value it cannot read, beside the other parameters.)
// And a story the address names (?story=), whose page replaces the one drawn ahead of time.
(function () {
  var query = new URLSearchParams(location.search);
  var theme = query.get("theme");
  if (theme === "dark" || theme === "light") document.documentElement.setAttribute("data-theme", theme);
  if (query.has("story")) document.documentElement.setAttribute("data-story", "");
  // And a reader who will get another language than the page was drawn in: the language the app
  // picks (src/text/lang.rs, Lang::choose: ?lang=, then the first of the browser's languages the
  // page has), by a tag's first part. That reader waits for the app's page (main.css) rather than
  // read one that changes language as they read it.
  var want = [query.get("lang")].concat(navigator.languages).map(function (tag) {
    var m = /^(en|ko|ja)([-_]|$)/i.exec(tag || "");
    return m && m[1].toLowerCase();
  }).filter(Boolean)[0];
  if (want && want !== document.documentElement.lang) document.documentElement.setAttribute("data-relang", "");
})();
(function () {
  var parent = window.parent;
  if (parent === window) return;
  var pymId = new URLSearchParams(location.search).get("childId");
  var amp = /(^#|&)amp=1(&|$)/.test(location.hash);
  var root = document.documentElement;
  var last = 0;
  function send(again) {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    parent.postMessage({ "launchmap:height": height }, "*");
    if (pymId !== null) parent.postMessage("pymxPYMx" + pymId + "xPYMxheightxPYMx" + height, "*");
    if (amp) parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
  }
  new ResizeObserver(function () {
    send(false);
  }).observe(root);
  addEventListener("message", function (event) {
    var parts = event.source === parent && typeof event.data === "string" && event.data.split("xPYMx");
    if (parts && parts[0] === "pym" && parts[1] === pymId && parts[2] === "width") send(true);
  });
})();
