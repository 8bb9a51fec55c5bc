"use client";

import { useMemo, useRef } from "react";

import { qrCode } from "@/lib/export/qr";

import { QrCodeImage } from "./qr-code";

/**
 * The share link as a large QR code, for a room to scan from a projected slide; "Full screen"
 * fills the projector with it. Built only when opened.
 */
export function QrPanel({ link }: { link: string }) {
  const code = useMemo(() => qrCode(link), [link]);
  const figure = useRef<HTMLElement>(null);

  if (!code) {
    return (
      <p className="mt-2 text-sm font-medium">
        This link is too long for a QR code. Share the link itself, or export the JSON file.
      </p>
    );
  }
  const fullScreen = () => {
    void figure.current?.requestFullscreen?.().catch(() => {
      // Refused (an embedded browser, a policy): the code is large on the page already.
    });
  };
  return (
    <figure
      ref={figure}
      className="flex flex-col items-center gap-4 rounded-xl border border-line bg-white p-4 text-slate-900 sm:p-6 [&:fullscreen]:justify-center [&:fullscreen]:border-0"
    >
      <QrCodeImage
        code={code}
        label="QR code of the share link: scan it to open this assessment, read-only"
        className="w-full max-w-[34rem] [:fullscreen_&]:max-w-[min(92vh,92vw)]"
      />
      <figcaption className="max-w-prose text-center text-sm leading-6 text-slate-700 [:fullscreen_&]:text-lg">
        Scan with a phone camera to open this assessment, read-only.
      </figcaption>
      <button
        type="button"
        onClick={fullScreen}
        className="inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-3.5 text-sm font-semibold text-slate-900 hover:border-slate-500 [:fullscreen_&]:hidden"
      >
        Full screen
      </button>
    </figure>
  );
}
