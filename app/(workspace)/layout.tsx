import type { ReactNode } from "react";
import { RecoveryNotice } from "@/components/recovery-notice";
import { WorkspaceProvider } from "@/state/workspace-provider";

/**
 * The screens that work on saved assessments (questionnaire, results, share, workshop) share one
 * workspace store. Pages outside this group — the landing page and the guide — ship none of it.
 */
export default function WorkspaceLayout({ children }: { children: ReactNode }) {
  return (
    <WorkspaceProvider>
      <RecoveryNotice />
      {children}
    </WorkspaceProvider>
  );
}
