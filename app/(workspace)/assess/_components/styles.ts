/**
 * Class lists shared by the assessment screens, written out in full so that Tailwind sees them.
 * They follow the landing page's buttons: one indigo primary action per screen, outlined
 * secondary actions, quiet text buttons for the rest.
 */
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent px-5 font-semibold text-accent-ink shadow-sm transition-colors hover:bg-accent-strong disabled:cursor-not-allowed disabled:opacity-50 2xl:min-h-14 2xl:px-7 2xl:text-lg";

export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-5 font-semibold text-ink transition-colors hover:bg-surface-muted disabled:cursor-not-allowed disabled:opacity-50 2xl:min-h-14 2xl:px-7 2xl:text-lg";

export const quietButton =
  "inline-flex min-h-9 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-ink-muted transition-colors hover:bg-surface-muted hover:text-ink disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent";

/** A link in the accent colour, as quiet as a quiet button but plainly a link. */
export const accentLink =
  "inline-flex min-h-9 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-accent underline-offset-4 transition-colors hover:bg-accent-soft hover:underline";

export const textInput =
  "block w-full rounded-lg border border-line-strong bg-surface px-3 py-2.5 text-base text-ink shadow-xs placeholder:text-ink-muted/80 aria-invalid:border-red-600 dark:aria-invalid:border-red-400";

export const card = "rounded-2xl border border-line bg-surface";

export const eyebrow = "text-sm font-semibold tracking-wide text-accent uppercase";
