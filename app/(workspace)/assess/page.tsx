import type { Metadata } from "next";
import { Suspense } from "react";
import { AssessLoading, AssessScreen } from "./_components/assess-screen";

export const metadata: Metadata = {
  title: "Assess",
  description:
    "Answer a short guided questionnaire, use case by use case, and get a sourcing recommendation for each.",
};

/**
 * My assessments and the questionnaire. The page is static; which assessment, use case and
 * question to show is read from the address in the browser (`?a=&u=&q=`), hence the Suspense
 * boundary that static export asks of `useSearchParams`.
 */
export default function AssessPage() {
  return (
    <Suspense fallback={<AssessLoading />}>
      <AssessScreen />
    </Suspense>
  );
}
