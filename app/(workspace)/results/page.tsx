import type { Metadata } from "next";
import { Suspense } from "react";

import { ResultsLoading } from "./_components/results-loading";
import { ResultsScreen } from "./_components/results-screen";

export const metadata: Metadata = {
  title: "Results",
  description:
    "For each use case: the recommended way to source it, why, what it costs and where the cost crosses over, and what would change the answer.",
};

/**
 * Results: the portfolio (`?a=<localId>`) or one use case (`&u=<useCaseId>`); `?sample=1` shows the
 * sample portfolio. The assessment lives in this browser, so the page renders on the client; the
 * static HTML holds the page's frame at its final height, so nothing shifts when results arrive.
 */
export default function ResultsPage() {
  return (
    <Suspense fallback={<ResultsLoading />}>
      <ResultsScreen />
    </Suspense>
  );
}
