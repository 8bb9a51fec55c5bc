"use client";

import { useSyncExternalStore } from "react";
import type { ReactNode } from "react";

/*
 * The theme itself is applied by public/theme-init.js, before first paint.
 * This control only records the reader's choice and announces it; it reads the
 * choice in effect back from <html data-theme-preference>, which the script sets.
 */

/** localStorage key; the same literal lives in public/theme-init.js. */
const themeStorageKey = "crossover-theme";
/** Window event that public/theme-init.js listens for. */
const themeChangeEvent = "crossover:theme-change";

const themePreferences = ["light", "dark", "system"] as const;
type ThemePreference = (typeof themePreferences)[number];

function isThemePreference(value: unknown): value is ThemePreference {
  return themePreferences.some((preference) => preference === value);
}

function subscribeToPreference(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["data-theme-preference"],
  });
  return () => observer.disconnect();
}

function readPreference(): ThemePreference {
  const preference = document.documentElement.getAttribute("data-theme-preference");
  return isThemePreference(preference) ? preference : "system";
}

/** The server cannot know the reader's choice; no button is pressed until hydration. */
function readServerPreference(): ThemePreference | null {
  return null;
}

function choosePreference(preference: ThemePreference): void {
  try {
    if (preference === "system") window.localStorage.removeItem(themeStorageKey);
    else window.localStorage.setItem(themeStorageKey, preference);
  } catch {
    // Storage blocked: the choice still applies until the page is closed.
  }
  window.dispatchEvent(new CustomEvent(themeChangeEvent, { detail: preference }));
}

const themeChoices: ReadonlyArray<{ preference: ThemePreference; label: string; icon: ReactNode }> =
  [
    { preference: "light", label: "Light theme", icon: <SunIcon /> },
    { preference: "dark", label: "Dark theme", icon: <MoonIcon /> },
    { preference: "system", label: "System theme", icon: <MonitorIcon /> },
  ];

export function ThemeToggle() {
  const current = useSyncExternalStore(subscribeToPreference, readPreference, readServerPreference);

  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="inline-flex items-center gap-0.5 rounded-full border border-line bg-surface p-0.5"
    >
      {themeChoices.map(({ preference, label, icon }) => (
        <button
          key={preference}
          type="button"
          aria-pressed={current === preference}
          title={label}
          onClick={() => choosePreference(preference)}
          className="inline-flex size-8 items-center justify-center rounded-full text-ink-muted transition-colors hover:text-ink aria-pressed:bg-accent-soft aria-pressed:text-accent"
        >
          {icon}
          <span className="sr-only">{label}</span>
        </button>
      ))}
    </div>
  );
}

function SunIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      <circle cx="10" cy="10" r="3.5" />
      <path d="M10 1.75v2M10 16.25v2M1.75 10h2M16.25 10h2M4.17 4.17l1.41 1.41M14.42 14.42l1.41 1.41M4.17 15.83l1.41-1.41M14.42 5.58l1.41-1.41" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    >
      <path d="M16.5 12.3A7 7 0 0 1 7.7 3.5a7 7 0 1 0 8.8 8.8Z" />
    </svg>
  );
}

function MonitorIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
      <path d="M7 17h6M10 13.5V17" />
    </svg>
  );
}
