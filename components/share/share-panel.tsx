"use client";

import { Link } from "@/components/link";
import { useId, useMemo, useRef, useState } from "react";

import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import {
  ASSESSMENT_FILE_TYPE,
  CSV_FILE_TYPE,
  assessmentFileName,
  assessmentJson,
  portfolioCsv,
  portfolioCsvFileName,
} from "@/lib/export";
import { evaluateAssessment } from "@/lib/engine";
import { encodeShareFragment } from "@/lib/share";
import { formatNumber } from "@/lib/view/format";

import { downloadText } from "./download";
import { QrPanel } from "./qr-panel";
import { card, compactAction, primaryAction } from "./styles";
import { useOrigin } from "./use-origin";

/** Links longer than this may be cut by some mail tools; the panel then suggests the file. */
const LONG_LINK = 2000;

type Status = { tone: "done" | "hint"; text: string } | null;

/** The share link's fragment, or null for an assessment too large for any link (none valid is). */
function fragmentOf(assessment: Assessment): string | null {
  try {
    return encodeShareFragment(assessment);
  } catch {
    return null;
  }
}

/**
 * Share and export an assessment: copy its share link (the whole assessment in the URL fragment,
 * which never reaches a server), show the link as a QR code for a room, download it as JSON or
 * its portfolio as CSV, and open the print report. `localId` is the saved assessment's id in this
 * browser; without it (a shared link) the report opens from the link itself.
 */
export function SharePanel({
  assessment,
  localId,
  className = "",
}: {
  assessment: Assessment;
  localId?: string;
  className?: string;
}) {
  const id = useId();
  const origin = useOrigin();
  const fragment = useMemo(() => fragmentOf(assessment), [assessment]);
  const link = fragment === null ? "" : `${origin}/share/#${fragment}`;
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [qrOpen, setQrOpen] = useState(false);

  const reportHref =
    localId !== undefined
      ? `/report/?a=${encodeURIComponent(localId)}`
      : fragment !== null
        ? `/report/#${fragment}`
        : null;

  const selectField = () => {
    field.current?.focus();
    field.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      setStatus({ tone: "done", text: "Link copied. Paste it into a message or a slide." });
    } catch {
      // Refused (no permission, an insecure origin, an older browser): the field is the fallback.
      selectField();
      setStatus({
        tone: "hint",
        text: "Your browser did not let Crossover copy. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
      });
    }
  };

  const exportJson = () => {
    downloadText(
      assessmentFileName(assessment.title),
      assessmentJson(assessment),
      ASSESSMENT_FILE_TYPE,
    );
    setStatus({ tone: "done", text: `Saved ${assessmentFileName(assessment.title)}.` });
  };

  const exportCsv = () => {
    // The CSV needs no flips (the costliest part of the engine's work).
    const csv = portfolioCsv(evaluateAssessment(assessment, content, { flips: false }), content);
    downloadText(portfolioCsvFileName(assessment.title), csv, CSV_FILE_TYPE);
    setStatus({ tone: "done", text: `Saved ${portfolioCsvFileName(assessment.title)}.` });
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`${card} p-5 shadow-sm sm:p-6 2xl:p-8 print:hidden ${className}`}
      data-testid="share-panel"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight 2xl:text-2xl">
        Share and export
      </h2>
      <p className="mt-1 max-w-prose text-sm leading-6 text-ink-muted 2xl:text-base 2xl:leading-7">
        The link holds the whole assessment after its “#”, a part browsers never send to any server.
        Whoever has the link can open it, read-only, and make a copy of their own.
      </p>

      {fragment === null ? (
        <p className="mt-4 text-sm font-medium">
          This assessment is too large for a link. Export it as JSON instead.
        </p>
      ) : (
        <div className="mt-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <label htmlFor={`${id}-link`} className="text-sm font-semibold 2xl:text-base">
              Share link
            </label>
            <span
              id={`${id}-length`}
              className="text-sm text-ink-muted tabular-nums 2xl:text-base"
              data-testid="share-link-length"
              data-value={link.length}
            >
              {formatNumber(link.length)} characters
              {link.length > LONG_LINK
                ? " — long: some mail tools cut links this size; the JSON file is safer"
                : ""}
            </span>
          </div>
          <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
            <input
              ref={field}
              id={`${id}-link`}
              type="text"
              readOnly
              value={link}
              aria-describedby={`${id}-length`}
              onFocus={(event) => event.currentTarget.select()}
              spellCheck={false}
              className="block min-w-0 flex-1 truncate rounded-lg border border-line-strong bg-canvas px-3 py-2.5 font-mono text-sm text-ink"
            />
            <button type="button" onClick={() => void copy()} className={primaryAction}>
              <CopyIcon />
              Copy share link
            </button>
          </div>
        </div>
      )}

      <p
        role="status"
        className={`mt-2 min-h-6 text-sm 2xl:text-base ${status?.tone === "hint" ? "font-medium text-ink" : "text-ink-muted"}`}
      >
        {status?.text}
      </p>

      <div className="mt-2 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {fragment !== null ? (
          <button
            type="button"
            aria-expanded={qrOpen}
            aria-controls={`${id}-qr`}
            onClick={() => setQrOpen((open) => !open)}
            className={compactAction}
          >
            <QrIcon />
            {qrOpen ? "Hide QR code" : "Show QR code"}
          </button>
        ) : null}
        <button type="button" onClick={exportJson} className={compactAction}>
          <DownloadIcon />
          Export JSON
        </button>
        <button type="button" onClick={exportCsv} className={compactAction}>
          <DownloadIcon />
          Export CSV
        </button>
        {reportHref !== null ? (
          <Link href={reportHref} className={compactAction}>
            <PrintIcon />
            Print report
          </Link>
        ) : null}
      </div>

      <div id={`${id}-qr`} hidden={!qrOpen} className="mt-4">
        {qrOpen && link ? <QrPanel link={link} /> : null}
      </div>
    </section>
  );
}

function CopyIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
    >
      <rect x="6.5" y="6.5" width="10" height="11" rx="1.5" />
      <path d="M13.5 4.5V4A1.5 1.5 0 0 0 12 2.5H5A1.5 1.5 0 0 0 3.5 4v9A1.5 1.5 0 0 0 5 14.5h1.5" />
    </svg>
  );
}

function QrIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
      <path d="M3 3h6v6H3zm1.5 1.5v3h3v-3zM11 3h6v6h-6zm1.5 1.5v3h3v-3zM3 11h6v6H3zm1.5 1.5v3h3v-3zM11 11h2v2h-2zm2 2h2v2h-2zm2-2h2v2h-2zm0 4h2v2h-2zm-4 0h2v2h-2z" />
    </svg>
  );
}

function DownloadIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14.5v1A1.5 1.5 0 0 0 5.5 17h9a1.5 1.5 0 0 0 1.5-1.5v-1" />
    </svg>
  );
}

function PrintIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinejoin="round"
    >
      <path d="M6 7V3h8v4M6 14H4.5A1.5 1.5 0 0 1 3 12.5v-4A1.5 1.5 0 0 1 4.5 7h11A1.5 1.5 0 0 1 17 8.5v4a1.5 1.5 0 0 1-1.5 1.5H14" />
      <path d="M6 11.5h8V17H6z" />
    </svg>
  );
}
