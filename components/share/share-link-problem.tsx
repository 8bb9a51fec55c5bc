import { Link } from "@/components/link";
import type { ReactNode } from "react";

import type { ShareLinkError } from "@/lib/share";

import { eyebrow, primaryAction, secondaryAction } from "./styles";

/** Issues listed before "and N more": enough to see the pattern, short enough to read. */
const SHOWN_ISSUES = 12;

function explanation(error: ShareLinkError): { title: string; body: ReactNode } {
  switch (error.kind) {
    case "truncated":
      return {
        title: "This link is incomplete",
        body: (
          <>
            <p>
              The end of the link is missing: it was cut off, often by a chat or mail tool that
              shortens long links or breaks them across lines.
            </p>
            <p>
              Ask the sender for the whole link, or for the assessment file (
              <span className="font-mono text-[0.9em]">.crossover.json</span>), which no tool can
              cut.
            </p>
          </>
        ),
      };
    case "corrupt":
      return {
        title: "This link was changed",
        body: (
          <>
            <p>
              Some of its characters are not the ones Crossover wrote, so the assessment in it
              can&apos;t be read — and Crossover won&apos;t guess at what it said.
            </p>
            <p>
              Ask the sender to copy the link again with “Copy share link”, or to send the file.
            </p>
          </>
        ),
      };
    case "future_version":
      return {
        title: "This link was made by a newer version of Crossover",
        body: (
          <p>
            This page is an older version that can&apos;t read it yet. Reload the page to get the
            latest version, and the link will open.
          </p>
        ),
      };
    case "invalid": {
      const issues = error.issues ?? [];
      const count = issues.length;
      return {
        title: "This link's assessment doesn't pass Crossover's checks",
        body: (
          <>
            <p>
              The link arrived whole, but the assessment in it has {count} problem
              {count === 1 ? "" : "s"}, so it can&apos;t be shown:
            </p>
            <ul
              className="space-y-1.5 rounded-lg border border-line bg-surface p-4 text-sm leading-6 sm:text-base"
              data-testid="link-issues"
            >
              {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
                <li key={i}>
                  <code className="font-mono text-[0.9em] font-semibold break-all">
                    {issue.path || "(the whole assessment)"}
                  </code>
                  : {issue.message}
                </li>
              ))}
              {count > SHOWN_ISSUES ? (
                <li className="text-ink-muted">and {count - SHOWN_ISSUES} more.</li>
              ) : null}
            </ul>
            <p>
              It may have been written by hand or by another tool. Ask the sender for the file: My
              assessments can import it and lists the same problems.
            </p>
          </>
        ),
      };
    }
  }
}

/**
 * What a broken share link gets instead of results: what is wrong, in plain words, and the way
 * on. Never the decoder's internals, and never a change to the user's saved work.
 */
export function ShareLinkProblem({ error }: { error: ShareLinkError }) {
  const { title, body } = explanation(error);
  return (
    <div
      className="mx-auto w-full max-w-3xl px-4 py-12 sm:px-6 sm:py-16 2xl:max-w-4xl"
      data-testid="share-link-problem"
      data-kind={error.kind}
    >
      <p className={eyebrow}>Shared assessment</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-4xl 2xl:text-5xl">
        {title}
      </h1>
      <div className="mt-5 space-y-4 text-base leading-7 text-ink-muted sm:text-lg sm:leading-8 2xl:text-xl 2xl:leading-9">
        {body}
        <p className="text-ink">
          Nothing in this browser was changed: your saved assessments are as you left them.
        </p>
      </div>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        {error.kind === "future_version" ? (
          <button type="button" onClick={() => window.location.reload()} className={primaryAction}>
            Reload the page
          </button>
        ) : null}
        <Link
          href="/assess/#new"
          className={error.kind === "future_version" ? secondaryAction : primaryAction}
        >
          Start a new assessment
        </Link>
        <Link href="/assess/" className={secondaryAction}>
          Go to my assessments
        </Link>
      </div>
    </div>
  );
}
