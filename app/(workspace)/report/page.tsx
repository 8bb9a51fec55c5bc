import type { Metadata } from "next";
import { Suspense } from "react";

import { ReportLoading, ReportScreen } from "./_components/report-screen";
import "./report.css";

export const metadata: Metadata = {
  title: "Report",
  description:
    "A print-ready report of an assessment: the portfolio, one page per use case with its recommendation, charts, costs, risks and next steps, and the assumptions with their sources.",
};

/**
 * The print report of a saved assessment (`/report/?a=<localId>`), of the active one (`/report/`),
 * or of a shared link (`/report/#<payload>`: the fragment never reaches a server). Rendered in the
 * browser, charts drawn at once at fixed sizes, laid out for "Print → Save as PDF".
 */
export default function ReportPage() {
  return (
    <Suspense fallback={<ReportLoading />}>
      <ReportScreen />
    </Suspense>
  );
}
