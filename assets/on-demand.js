// Loads the on-demand module (src/bin/on_demand.rs) when a reader first opens "Check the numbers".
"use strict";
document.addEventListener(
  "toggle",
  function (e) {
    var d = e.target;
    if (!d.matches || !d.matches("details.facts") || !d.open || d.dataset.loaded) return;
    d.dataset.loaded = "1";
    var slot = d.querySelector(".facts-scroll");
    function fail(m) {
      delete d.dataset.loaded; // closing and opening the section tries again
      slot.textContent = "The table of numbers could not be worked out: " + m;
      slot.setAttribute("role", "alert");
    }
    var s = document.createElement("script");
    s.src = "./on_demand.js";
    s.onerror = function () {
      fail("on_demand.js did not load");
    };
    s.onload = function () {
      wasm_bindgen({ module_or_path: "./on_demand_bg.wasm" })
        .then(function () {
          return wasm_bindgen.show_facts(slot);
        })
        .catch(function (err) {
          fail(String((err && err.message) || err));
        });
    };
    document.head.appendChild(s);
  },
  true,
);
