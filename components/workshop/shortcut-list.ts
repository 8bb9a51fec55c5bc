/**
 * The keyboard shortcuts of each screen, as the help overlay (`?`) lists them. Written once here;
 * the screens that handle the keys (the presenter, the global keys in shortcuts.tsx) follow it.
 */

export type WorkshopScreen = "present" | "assess" | "compare" | "results" | "other";

export interface Shortcut {
  /** Each alternative is one key or chord, as printed on the key ("Shift+Space"). */
  keys: readonly string[];
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** The screen a path shows ("/present/" → present). */
export function screenOfPath(pathname: string): WorkshopScreen {
  const first = pathname.split("/").find((part) => part !== "");
  switch (first) {
    case "present":
    case "assess":
    case "compare":
    case "results":
      return first;
    default:
      return "other";
  }
}

export const screenNames: Record<WorkshopScreen, string> = {
  present: "the presenter",
  assess: "the questionnaire",
  compare: "the comparison",
  results: "the results",
  other: "this page",
};

const presenter: ShortcutGroup = {
  title: "Presenter",
  shortcuts: [
    { keys: ["→", "Page Down", "Space"], action: "Next slide" },
    { keys: ["←", "Page Up", "Shift+Space"], action: "Previous slide" },
    { keys: ["Home", "End"], action: "First or last slide" },
    { keys: ["S"], action: "Follow the facilitator on or off" },
    { keys: ["F"], action: "Full screen on or off" },
    { keys: ["B"], action: "Blank the screen, or show it again" },
    { keys: ["Esc"], action: "Back to the controls (the questionnaire at this slide)" },
  ],
};

const questionnaire: ShortcutGroup = {
  title: "Questionnaire",
  shortcuts: [
    { keys: ["Enter"], action: "Next (on a chosen option or in a field)" },
    { keys: ["↑", "↓"], action: "Choose the previous or next option" },
    { keys: ["Tab", "Shift+Tab"], action: "Move between controls" },
    { keys: ["Alt+←"], action: "Previous step (the browser's Back)" },
  ],
};

/** `?`, `p` and `c`, where they apply: not `p` or `c` on the presenter itself. */
function global(screen: WorkshopScreen): ShortcutGroup {
  const shortcuts: Shortcut[] = [{ keys: ["?"], action: "Show this list of shortcuts" }];
  if (screen !== "present") {
    shortcuts.push({ keys: ["P"], action: "Present this assessment (opens the presenter window)" });
  }
  if (screen !== "present" && screen !== "compare") {
    shortcuts.push({ keys: ["C"], action: "Compare use cases side by side" });
  }
  return { title: "Anywhere in an assessment", shortcuts };
}

export function shortcutGroups(screen: WorkshopScreen): ShortcutGroup[] {
  const own = screen === "present" ? [presenter] : screen === "assess" ? [questionnaire] : [];
  return [...own, global(screen)];
}

/** Keys typed into these are text, never shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === "undefined" || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["radio", "checkbox", "button", "submit", "reset", "range", "color", "file"].includes(
    target.type,
  );
}
