import type { Metadata } from "next";

import { ShareScreen } from "./_components/share-screen";

export const metadata: Metadata = {
  title: "Shared assessment",
  description:
    "An assessment someone shared with you: the recommendation for each use case, why, and what it costs, read-only.",
  // A share page has nothing of its own to index: the assessment is in each visitor's link.
  robots: { index: false },
};

/**
 * A shared assessment, read-only, from the link's fragment (`/share/#<payload>`), which the
 * browser never sends to a server: the static page reads it after loading, decodes it and renders
 * the results in the browser. Nothing is written to this browser's saved work unless the reader
 * asks for an editable copy. See docs/decisions/0003-share-link-codec.md.
 */
export default function SharePage() {
  return <ShareScreen />;
}
