// Loads the on-demand module (src/bin/on_demand.rs) the first time a reader wants what it does:
// "Check the numbers" when its section opens, "Download map" when it is clicked, the
// trajectory profile and the map in words when the reader comes within a screen or so of them,
// the list of a broken story file's errors when the page shows its error panel, the list of the
// address's unusable settings when the page shows its notice, and the check of a story file
// the page did not carry when it was built. The module loads once; a failed load is tried again next time.
"use strict";
(function () {
  var loading = null;
  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "./on_demand.js";
        s.onerror = function () {
          reject(new Error("on_demand.js did not load"));
        };
        s.onload = function () {
          wasm_bindgen({ module_or_path: "./on_demand_bg.wasm" }).then(resolve, reject);
        };
        document.head.appendChild(s);
      }).catch(function (err) {
        loading = null;
        throw err;
      });
    }
    return loading;
  }
  // The page asks this module about a story file it did not build (src/platform/web.rs,
  // on_demand): to "check" it (src/ui/app.rs, load_story), which gives the story in the page's
  // language if it passes, else a rejection with the count of its errors; or to compose its
  // "basemap", the world in detail around its places (load_basemap).
  window.launchmapOnDemand = function (what, path, lang) {
    return load().then(function () {
      if (what !== "basemap") return wasm_bindgen.check_story_file(path, lang);
      return wasm_bindgen.story_basemap(path).then(function (bytes) {
        return new Response(bytes);
      });
    });
  };

  // The language switch (index.html) links to this view, as the address now has it, in the
  // language clicked.
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest(".lang-switch a");
    if (!link) return;
    var query = new URLSearchParams(location.search);
    query.set("lang", link.hreflang);
    link.href = "?" + query;
  });

  // Says `key`'s words in `el`, with `{}` filled: from the on-demand module's words file in the
  // page's language (assets/i18n/<lang>.more.txt, src/text/strings.rs), read even when the module
  // did not load; else, as in English, which has no file, the words here. What is said in one
  // element is said in the order asked, however the file's reads finish.
  function say(el, key, english, filling) {
    var lang = document.documentElement.lang;
    var file = (
      lang === "en"
        ? Promise.reject()
        : fetch("assets/i18n/" + lang + ".more.txt").then(function (r) {
            return r.text();
          })
    ).catch(String);
    el.said = Promise.all([file, el.said]).then(function (done) {
      var line = new RegExp("^" + key + " = (.*)$", "m").exec(done[0]);
      el.textContent = (line ? line[1] : english).replace("{}", filling || "");
    });
  }
  function fail(slot, key, english, err) {
    say(slot, key, english, String((err && err.message) || err));
    slot.setAttribute("role", "alert");
  }

  document.addEventListener(
    "toggle",
    function (e) {
      var d = e.target;
      if (!d.matches || !d.matches("details.facts") || !d.open || d.dataset.loaded) return;
      d.dataset.loaded = "1";
      var slot = d.querySelector(".facts-scroll");
      load()
        .then(function () {
          return wasm_bindgen.show_facts(slot);
        })
        .catch(function (err) {
          delete d.dataset.loaded; // closing and opening the section tries again
          fail(slot, "failed_facts", "The table of numbers could not be worked out: {}", err);
        });
    },
    true,
  );

  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-download]");
    if (!button) return;
    var status = button.parentNode.querySelector(".download-status");
    status.removeAttribute("role");
    status.setAttribute("role", "status");
    say(status, "download_preparing", "Preparing the file…");
    // After the page's own click handlers, which bring the address up to date with the view.
    setTimeout(function () {
      load()
        .then(function () {
          return wasm_bindgen.download_map(button.dataset.download);
        })
        .then(function () {
          say(status, "download_done", "Downloaded.");
        })
        .catch(function (err) {
          fail(status, "failed_download", "The map could not be downloaded: {}", err);
        });
    }, 0);
  });

  var near = new IntersectionObserver(
    function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var slot = entry.target;
        var isProfile = slot.classList.contains("profile-slot");
        near.unobserve(slot);
        load()
          .then(function () {
            slot.textContent = "";
            return isProfile ? wasm_bindgen.show_profile(slot) : wasm_bindgen.show_map_text(slot);
          })
          .catch(function (err) {
            fail(slot, "failed_section", "This section could not be drawn: {}", err);
            near.observe(slot); // the next time the reader comes near, it tries again
          });
      });
    },
    { rootMargin: "1000px 0px" },
  );
  // The app builds its page after this script runs; watch for it, once: the profile's slot and
  // the map-in-words slot, or a list of errors this module writes (a story file's, in the error
  // panel, or the address's, in its notice). (The page drawn ahead of time has a profile slot too, with the profile for readers
  // without JavaScript, which the app replaces.)
  function scan(watch) {
    var list = document.querySelector("[data-story-errors], .url-notice ul");
    var slots = [].filter.call(document.querySelectorAll(".profile-slot, .map-text"), function (s) {
      return !s.closest(".prerendered");
    });
    if (!list && !slots.length) return;
    watch.disconnect();
    slots.forEach(function (slot) {
      near.observe(slot);
    });
    if (list)
      load()
        .then(function () {
          return wasm_bindgen.show_errors(list);
        })
        .catch(function (err) {
          fail(list, "failed_errors", "The errors could not be listed: {}", err);
        });
  }
  var watch = new MutationObserver(function () {
    scan(watch);
  });
  watch.observe(document.body, { childList: true, subtree: true });
  scan(watch);
})();
