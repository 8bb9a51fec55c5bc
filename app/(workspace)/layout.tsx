import type { ReactNode } from "react";
import { RecoveryNotice } from "@/components/recovery-notice";
import { WorkshopCorner } from "@/components/workshop/workshop-corner";
import { WorkshopShortcuts } from "@/components/workshop/shortcuts";
import { WorkspaceProvider } from "@/state/workspace-provider";

/**
 * The screens that work on saved assessments (questionnaire, results, share, workshop) share one
 * workspace store. Pages outside this group — the landing page and the guide — ship none of it.
 */
export default function WorkspaceLayout({ children }: { children: ReactNode }) {
  return (
    <WorkspaceProvider>
      <WorkshopShortcuts>
        <RecoveryNotice />
        {children}
        <WorkshopCorner />
      </WorkshopShortcuts>
    </WorkspaceProvider>
  );
}
