import type { ReactNode } from "react";

/**
 * One numbered section of the guide, an anchor target of the table of contents. Its width
 * matches the site header's, so every edge lines up on a projector too.
 */
export function GuideSection({
  id,
  number,
  eyebrow,
  title,
  intro,
  muted = false,
  children,
}: {
  id: string;
  number: number;
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  muted?: boolean;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`scroll-mt-4 print:border-0 print:bg-transparent ${
        muted ? "border-y border-line bg-surface-muted" : ""
      }`}
    >
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16 lg:px-8 2xl:py-20 print:px-0 print:py-8">
        <div className="max-w-3xl 2xl:max-w-4xl">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base">
            <span className="tabular-nums">{String(number).padStart(2, "0")}</span>
            <span aria-hidden="true" className="mx-2">
              ·
            </span>
            {eyebrow}
          </p>
          <h2
            id={headingId}
            className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl 2xl:text-4xl"
          >
            {title}
          </h2>
          {intro ? (
            <div className="mt-4 text-base leading-7 text-ink-muted sm:text-lg sm:leading-8 2xl:text-xl 2xl:leading-9">
              {intro}
            </div>
          ) : null}
        </div>
        <div className="mt-8 sm:mt-10">{children}</div>
      </div>
    </section>
  );
}
