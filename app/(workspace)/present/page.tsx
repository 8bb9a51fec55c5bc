import type { Metadata } from "next";
import { Suspense } from "react";
import { PresenterLoading, PresenterScreen } from "./_components/presenter-screen";

export const metadata: Metadata = {
  title: "Present",
  description:
    "The assessment on a projector: one question or one result at a time, in large type, kept in step with the facilitator's window.",
};

/**
 * The presenter (`?a=<localId>&s=<slide>`): static, like every page; which assessment and slide to
 * show is read from the address in the browser, hence the Suspense boundary.
 */
export default function PresentPage() {
  return (
    <Suspense fallback={<PresenterLoading />}>
      <PresenterScreen />
    </Suspense>
  );
}
