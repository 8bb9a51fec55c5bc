/**
 * The presenter's type scale. Everything is sized from one unit, --u (set on the presenter from
 * the viewport: 2.8% of its height, at most 1.6% of its width), so a slide keeps its proportions
 * on any projector: 20px body text at 1280×720, 30px at 1920×1080. Text stays at or above 0.85u
 * for the room; only the presenter's own controls are smaller. Written out in full so that
 * Tailwind sees each class.
 */
export const scale = {
  /** The presenter's own controls and slide counter. */
  chrome: "text-[length:calc(var(--u)*0.62)] leading-snug",
  small: "text-[length:calc(var(--u)*0.85)] leading-snug",
  body: "text-[length:var(--u)] leading-snug",
  large: "text-[length:calc(var(--u)*1.25)] leading-snug",
  lead: "text-[length:calc(var(--u)*1.45)] leading-snug",
  heading: "text-[length:calc(var(--u)*2.2)] leading-[1.12] tracking-tight",
  hero: "text-[length:calc(var(--u)*3.1)] leading-[1.05] tracking-tight",
} as const;

/** The small capitals above a heading: where in the deck the slide is. */
export const eyebrow = `${scale.small} font-semibold tracking-wide text-accent uppercase`;
