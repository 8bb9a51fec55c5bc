import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ServiceWorkerRegistration } from "@/components/workshop/service-worker";
import { content } from "@/content";
import { validateContent } from "@/content/validate";

import "./globals.css";

// Every page is rendered through this layout at build time, in Node: a bad content value stops
// `next build` here with its file and path (content/validate.ts). A server component, so none of
// this reaches the browser, which gets the content already checked.
validateContent(content);

export const metadata: Metadata = {
  title: {
    default: "Crossover — open vs closed AI sourcing advisor",
    template: "%s · Crossover",
  },
  description:
    "Decide, use case by use case, whether to build on a closed model API, an open-weights model on managed hosting, a self-hosted open-weights model, or a hybrid.",
  applicationName: "Crossover",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // public/theme-init.js sets data-theme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/*
          Blocking on purpose: the theme must be set before first paint, or dark-mode
          readers see a white flash. External (not inline) so a strict CSP can allow
          scripts from our own origin only; it is under 2 KB.
        */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        <script src="/theme-init.js" />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only rounded-md bg-accent font-medium text-accent-ink shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        {/* Offline use (ADR 0005): a few hundred bytes, and nothing until the page has loaded. */}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
