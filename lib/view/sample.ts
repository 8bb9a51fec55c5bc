/**
 * The sample portfolio: six use cases from content's templates at typical volumes, with only the
 * quick-path answers given (the rest assumed from the templates), for an organization with an ML
 * team on the public cloud. Shown at `/results/?sample=1` so that anyone — and the Lighthouse runs
 * of `npm run bench` — can see complete results without answering first.
 */
import type { Content } from "@/content";
import type { Assessment, UseCase } from "@/lib/assessment/schema";

const picks: readonly { template: string; id: string; name: string; preset: number }[] = [
  {
    template: "document-processing",
    id: "contracts",
    name: "Contract clause extraction",
    preset: 1,
  },
  {
    template: "regulated-customer-assistant",
    id: "assistant",
    name: "Customer assistant for account questions",
    preset: 1,
  },
  { template: "knowledge-search", id: "knowledge", name: "Internal knowledge search", preset: 1 },
  {
    template: "privileged-document-review",
    id: "legal-review",
    name: "Privileged legal document review",
    preset: 0,
  },
  {
    template: "high-volume-classification",
    id: "tickets",
    name: "Support ticket routing",
    preset: 1,
  },
  {
    template: "proprietary-ai-product",
    id: "copilot",
    name: "AI copilot in our product",
    preset: 1,
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
      answers: {
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
