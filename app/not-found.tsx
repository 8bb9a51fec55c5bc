import type { Metadata } from "next";
import { Link } from "@/components/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">404</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-4 leading-7 text-ink-muted">
        There is nothing at this address. If someone sent you a link to an assessment, check that it
        arrived in full: the assessment is in the long part after the #.
      </p>
      <Link
        href="/"
        className="mt-8 inline-flex min-h-12 items-center justify-center rounded-lg bg-accent px-6 font-semibold text-accent-ink hover:bg-accent-strong"
      >
        Go to the start page
      </Link>
    </div>
  );
}
