"use client";

import { usePathname, useRouter } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from "react";
import { compareHref, openPresenter } from "./links";
import {
  isTextEntry,
  screenNames,
  screenOfPath,
  shortcutGroups,
  type WorkshopScreen,
} from "./shortcut-list";
import { useLocalFlag } from "./use-local-flag";

/** localStorage key: "off" when the reader turned single-key shortcuts off. */
const SINGLE_KEYS_STORAGE_KEY = "crossover.single-key-shortcuts";

interface ShortcutsContextValue {
  /** The help overlay is open: screens ignore their own keys meanwhile. */
  helpOpen: boolean;
  showHelp: () => void;
  /**
   * Single-character shortcuts (P, C, ?, and the presenter's letters) are on. They can be turned
   * off in the help overlay, for speech input and anyone who types them by accident (WCAG 2.1.4).
   */
  singleKeys: boolean;
}

const ShortcutsContext = createContext<ShortcutsContextValue>({
  helpOpen: false,
  showHelp: () => undefined,
  singleKeys: true,
});

/** The help overlay's state and the single-key setting, for screens with keys of their own. */
export function useShortcuts(): ShortcutsContextValue {
  return useContext(ShortcutsContext);
}

/** True when a key press is a plain character shortcut: no modifier, not typed into a field. */
function isPlainKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isTextEntry(event.target);
}

/** The assessment the screen shows (`?a=`), if any: what P presents and C compares. */
function currentLocalId(): string | null {
  return new URLSearchParams(window.location.search).get("a");
}

/**
 * The keys that work anywhere in an assessment — `?` lists the shortcuts, `P` presents, `C`
 * compares — and the help overlay itself. Rendered once, around the workspace screens.
 */
export function WorkshopShortcuts({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  const screen = screenOfPath(pathname);
  const [helpOpen, setHelpOpen] = useState(false);
  const [singleKeys, chooseSingleKeys] = useLocalFlag(SINGLE_KEYS_STORAGE_KEY, true);

  const showHelp = useCallback(() => setHelpOpen(true), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (helpOpen || !singleKeys || !isPlainKey(event)) return;
      const key = event.key;
      if (key === "?") {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      if (screen === "present") return;
      const localId = currentLocalId();
      if (localId === null) return;
      if (key === "p" || key === "P") {
        event.preventDefault();
        openPresenter(localId);
      } else if ((key === "c" || key === "C") && screen !== "compare") {
        event.preventDefault();
        router.push(compareHref(localId));
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [helpOpen, singleKeys, screen, router]);

  const value = useMemo(
    () => ({ helpOpen, showHelp, singleKeys }),
    [helpOpen, showHelp, singleKeys],
  );

  return (
    <ShortcutsContext.Provider value={value}>
      {children}
      {helpOpen ? (
        <ShortcutsHelp
          screen={screen}
          singleKeys={singleKeys}
          onSingleKeysChange={chooseSingleKeys}
          onClose={() => setHelpOpen(false)}
        />
      ) : null}
    </ShortcutsContext.Provider>
  );
}

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The list of shortcuts for the screen on view, in a modal dialog: focus moves into it and stays
 * there (Tab cycles), Esc or Close shuts it and focus returns where it was.
 */
function ShortcutsHelp({
  screen,
  singleKeys,
  onSingleKeysChange,
  onClose,
}: {
  screen: WorkshopScreen;
  singleKeys: boolean;
  onSingleKeysChange: (on: boolean) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const groups = shortcutGroups(screen);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      if (element.open) element.close();
      returnTo?.focus();
    };
  }, []);

  // The browser's own modal keeps focus in the page, but lets Tab reach its address bar; keep
  // Tab inside the dialog, as the overlay promises.
  const trapTab = (event: ReactKeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab") return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      aria-describedby="shortcuts-screen"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={trapTab}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-slate-950/60 print:hidden"
    >
      <div className="p-5 sm:p-7 2xl:p-9">
        <div className="flex items-start justify-between gap-4">
          <div>
            <h2
              id="shortcuts-title"
              className="text-xl font-semibold tracking-tight sm:text-2xl 2xl:text-3xl"
            >
              Keyboard shortcuts
            </h2>
            <p id="shortcuts-screen" className="mt-1 text-sm text-ink-muted 2xl:text-base">
              On {screenNames[screen]}
            </p>
          </div>
          <button
            type="button"
            data-autofocus
            onClick={onClose}
            className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-line-strong px-3 text-sm font-semibold hover:bg-surface-muted 2xl:text-base"
          >
            Close
            <kbd className="rounded border border-line-strong px-1.5 font-sans text-xs text-ink-muted">
              Esc
            </kbd>
          </button>
        </div>

        {groups.map((group) => {
          const id = `shortcuts-${group.title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
          return (
            <section key={group.title} aria-labelledby={id} className="mt-6">
              <h3
                id={id}
                className="text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base"
              >
                {group.title}
              </h3>
              <dl className="mt-2 divide-y divide-line border-y border-line">
                {group.shortcuts.map((shortcut) => (
                  <div
                    key={shortcut.action}
                    className="grid gap-1 py-2 sm:grid-cols-[15rem_minmax(0,1fr)] sm:gap-4"
                  >
                    <dt className="flex flex-wrap items-center gap-1.5">
                      {shortcut.keys.map((key, index) => (
                        <span key={key} className="inline-flex items-center gap-1.5">
                          {index > 0 ? (
                            <span className="text-xs text-ink-muted" aria-hidden="true">
                              or
                            </span>
                          ) : null}
                          <kbd className="inline-flex min-w-7 justify-center rounded-md border border-b-2 border-line-strong bg-surface-muted px-1.5 py-0.5 font-sans text-sm font-semibold 2xl:text-base">
                            {key}
                          </kbd>
                          {index < shortcut.keys.length - 1 ? (
                            <span className="sr-only"> or </span>
                          ) : null}
                        </span>
                      ))}
                    </dt>
                    <dd className="text-sm leading-6 2xl:text-base">{shortcut.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}

        <label className="mt-6 flex cursor-pointer items-start gap-3 rounded-lg bg-surface-muted p-3 text-sm leading-6 2xl:text-base">
          <input
            type="checkbox"
            checked={singleKeys}
            onChange={(event) => onSingleKeysChange(event.target.checked)}
            className="mt-1 size-4 shrink-0 accent-accent"
          />
          <span>
            <span className="font-medium">Single-key shortcuts</span>
            <span className="block text-ink-muted">
              Letters and “?” act as shortcuts. Turn them off if you use speech input or press them
              by accident; arrows, Page Up and Page Down, Home, End, Space and Esc keep working.
            </span>
          </span>
        </label>
      </div>
    </dialog>
  );
}
