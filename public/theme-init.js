/*
 * Applies the colour theme before first paint, so a dark-mode reader never
 * sees a white flash. Loaded as a blocking <script src> in <head>: an inline
 * script would break the Content-Security-Policy (scripts from our own origin
 * only).
 *
 * Stored choice: localStorage["crossover-theme"] = "light" | "dark" | "system"
 * (missing = "system"). Result on <html>:
 *   data-theme="light|dark"                 the theme in effect
 *   data-theme-preference="light|dark|system" what the reader chose
 * components/theme-toggle.tsx stores the choice, then dispatches
 * "crossover:theme-change" on window with the choice as `detail`; this script
 * applies it (from `detail`, so the toggle still works when storage is blocked).
 */
(function () {
  "use strict";
  var STORAGE_KEY = "crossover-theme";
  var root = document.documentElement;
  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function readPreference() {
    try {
      var stored = window.localStorage.getItem(STORAGE_KEY);
      return stored === "light" || stored === "dark" ? stored : "system";
    } catch {
      // Storage can be blocked (privacy settings, sandboxed frames): follow the system.
      return "system";
    }
  }

  function isPreference(value) {
    return value === "light" || value === "dark" || value === "system";
  }

  function apply(preference) {
    var theme =
      preference === "system" ? (systemDark && systemDark.matches ? "dark" : "light") : preference;
    root.setAttribute("data-theme", theme);
    root.setAttribute("data-theme-preference", preference);
  }

  function reapplyCurrent() {
    var current = root.getAttribute("data-theme-preference");
    apply(isPreference(current) ? current : readPreference());
  }

  apply(readPreference());

  // The system theme can change while the page is open (e.g. at sunset).
  if (systemDark) {
    if (systemDark.addEventListener) systemDark.addEventListener("change", reapplyCurrent);
    else if (systemDark.addListener) systemDark.addListener(reapplyCurrent);
  }
  // Same tab: the toggle announces a choice. Other tabs: the storage event.
  window.addEventListener("crossover:theme-change", function (event) {
    apply(isPreference(event.detail) ? event.detail : readPreference());
  });
  window.addEventListener("storage", function (event) {
    if (event.key === STORAGE_KEY || event.key === null) apply(readPreference());
  });
})();
