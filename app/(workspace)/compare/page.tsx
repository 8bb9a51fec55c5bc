import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareLoading, CompareScreen } from "./_components/compare-screen";

export const metadata: Metadata = {
  title: "Compare use cases",
  description:
    "Two to four use cases side by side: recommendation, confidence, fit scores, monthly costs, crossover and drivers.",
};

/**
 * The comparison (`?a=<localId>&u=<id>&u=<id>…`): static, like every page; the assessment and the
 * use cases to compare are read from the address in the browser, hence the Suspense boundary.
 */
export default function ComparePage() {
  return (
    <Suspense fallback={<CompareLoading />}>
      <CompareScreen />
    </Suspense>
  );
}
