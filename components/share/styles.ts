/**
 * Class lists of the share, export and import controls, written out in full so that Tailwind sees
 * them. They follow the rest of the app: one indigo primary action, outlined secondary actions.
 */
export const primaryAction =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent px-5 font-semibold text-accent-ink shadow-sm transition-colors hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-50 2xl:min-h-14 2xl:px-7 2xl:text-lg";

export const secondaryAction =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-4 font-semibold text-ink transition-colors hover:border-accent hover:text-accent disabled:cursor-not-allowed disabled:opacity-50 2xl:min-h-14 2xl:px-6 2xl:text-lg";

/** A smaller outlined action, for a row of several. */
export const compactAction =
  "inline-flex min-h-10 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-2.5 text-sm font-semibold whitespace-nowrap text-ink sm:px-3.5 transition-colors hover:border-accent hover:text-accent aria-expanded:border-accent aria-expanded:bg-accent-soft aria-expanded:text-accent disabled:cursor-not-allowed disabled:opacity-50 2xl:text-base";

export const eyebrow = "text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base";

export const card = "rounded-2xl border border-line bg-surface";
