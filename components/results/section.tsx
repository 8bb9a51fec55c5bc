import type { ReactNode } from "react";

/**
 * A titled part of the results page, reachable from the page's contents by its id. (Not
 * `content-visibility: auto`: it saved little layout time, and full-page screenshots and some
 * capture tools then show the skipped sections blank.)
 */
export function ResultSection({
  id,
  eyebrow,
  title,
  intro,
  children,
}: {
  id: string;
  eyebrow?: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="scroll-mt-6 border-t border-line pt-8 sm:pt-10"
    >
      {eyebrow ? (
        <p className="text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base">
          {eyebrow}
        </p>
      ) : null}
      <h2
        id={headingId}
        className="mt-1 text-xl font-semibold tracking-tight text-balance sm:text-2xl 2xl:text-3xl"
      >
        {title}
      </h2>
      {intro ? (
        <div className="mt-2 max-w-prose text-sm leading-6 text-ink-muted sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8">
          {intro}
        </div>
      ) : null}
      <div className="mt-5 sm:mt-6">{children}</div>
    </section>
  );
}

/** A sub-heading inside a section. */
export function SubHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h3 id={id} className="text-base font-semibold tracking-tight 2xl:text-lg">
      {children}
    </h3>
  );
}
