/**
 * The sample portfolio: six use cases from content's templates at typical volumes, for an
 * organization with an ML team on the public cloud. Four were answered in full, as after a
 * workshop (the templates' answers); two only on the quick path, the rest assumed from their
 * templates, as a leader's first ten minutes leave them. Shown at `/results/?sample=1` so that anyone — and the Lighthouse runs
 * of `npm run bench` — can see complete results without answering first.
 */
import type { Content } from "@/content";
import type { Assessment, UseCase } from "@/lib/assessment/schema";
import { templateAnswersAt } from "@/lib/engine/answers";

const picks: readonly {
  template: string;
  id: string;
  name: string;
  preset: number;
  /** `all`: every question answered; `quick`: the quick path only. */
  answered: "all" | "quick";
}[] = [
  {
    template: "document-processing",
    id: "contracts",
    name: "Contract clause extraction",
    preset: 1,
    answered: "all",
  },
  {
    template: "regulated-customer-assistant",
    id: "assistant",
    name: "Customer assistant for account questions",
    preset: 1,
    answered: "all",
  },
  {
    template: "knowledge-search",
    id: "knowledge",
    name: "Internal knowledge search",
    preset: 1,
    answered: "quick",
  },
  {
    template: "privileged-document-review",
    id: "legal-review",
    name: "Privileged legal document review",
    preset: 0,
    answered: "all",
  },
  {
    template: "high-volume-classification",
    id: "tickets",
    name: "Support ticket routing",
    preset: 1,
    answered: "all",
  },
  {
    template: "proprietary-ai-product",
    id: "copilot",
    name: "AI copilot in our product",
    preset: 1,
    answered: "quick",
  },
];

export const SAMPLE_TITLE = "Sample portfolio — a mid-sized bank";

export function sampleAssessment(content: Content): Assessment {
  const useCases: UseCase[] = [];
  for (const pick of picks) {
    const template = content.templates.find((t) => t.id === pick.template);
    if (!template) continue;
    const preset = template.volumePresets[Math.min(pick.preset, template.volumePresets.length - 1)];
    useCases.push({
      id: pick.id,
      name: pick.name,
      template: template.id,
      answers:
        pick.answered === "all"
          ? templateAnswersAt(template, preset?.monthlyRequests ?? template.answers.monthlyRequests)
          : {
              dataSensitivity: template.answers.dataSensitivity,
              monthlyRequests: preset?.monthlyRequests ?? template.answers.monthlyRequests,
              strategicImportance: template.answers.strategicImportance,
            },
    });
  }
  return {
    schema: "crossover.assessment/v1",
    title: SAMPLE_TITLE,
    organization: {
      aiTeam: "ml_team",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    useCases,
  };
}
