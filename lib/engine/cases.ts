/**
 * Realistic cases with the recommendation PRODUCT.md's guidance implies, and why. Used by the
 * engine's tests and by the benchmark; each is a plain assessment file's worth of answers.
 */
import type { Answers, Organization } from "@/lib/assessment/schema";
import type { OptionId } from "@/lib/vocabulary";

export interface RealisticCase {
  name: string;
  organization: Organization;
  template?: string;
  answers: Answers;
  /** Acceptable recommendations (usually one). */
  expected: readonly OptionId[];
  /** Where the expectation comes from. */
  because: string;
  /** What else the results must say, and why (each checked by evaluate.test.ts). */
  also?: {
    /** The confidence label may not be "high". */
    notHighConfidence?: boolean;
    /** Patterns the one-sentence summary must match. */
    summaryMatches?: readonly RegExp[];
    /** Patterns the summary must not match: text true of a template but false of these answers. */
    summaryAvoids?: readonly RegExp[];
    /** Patterns one of the confidence reasons must match. */
    confidenceReasonMatches?: readonly RegExp[];
    /** The cheapest option allowed, as the cost table has it. */
    cheapestAllowed?: OptionId;
  };
}

/** The answers of v1 as first published, and the three added since (they default as below). */
type FirstAnswers = Required<
  Omit<Answers, "servingPattern" | "selfHostedShare" | "monthlyRequestsIn12Months">
>;

/** Every answer given: served while someone waits, a 70/30 hybrid split, no growth, unless said. */
const full = (a: FirstAnswers & Answers): Answers => ({
  servingPattern: "interactive",
  selfHostedShare: 70,
  monthlyRequestsIn12Months: a.monthlyRequests,
  ...a,
});

export const realisticCases: readonly RealisticCase[] = [
  {
    name: "Marketing copy at a small firm with no AI engineers",
    organization: { aiTeam: "none", securityMaturity: "basic", infrastructure: "saas_only" },
    answers: full({
      dataSensitivity: "public",
      monthlyRequests: 20_000,
      inputTokens: 1500,
      outputTokens: 1000,
      strategicImportance: "commodity",
      auditability: "none",
      customization: "prompting",
      capabilityNeed: "advanced",
      timeToValue: "weeks",
      exposure: "customers",
      lockInTolerance: "acceptable",
    }),
    expected: ["closed_api"],
    because:
      "PRODUCT.md: if data handling is no constraint, an API is the fastest start; APIs are cheapest at low volume; without the team, self-hosting's overhead eats the savings.",
  },
  {
    name: "Privileged legal review at a law firm with software engineers",
    organization: {
      aiTeam: "generalist",
      securityMaturity: "established",
      infrastructure: "private_cloud",
    },
    answers: full({
      dataSensitivity: "restricted",
      monthlyRequests: 50_000,
      inputTokens: 6000,
      outputTokens: 800,
      strategicImportance: "important",
      auditability: "required",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "flexible",
      exposure: "internal",
      lockInTolerance: "concerned",
    }),
    expected: ["open_self_hosted"],
    because:
      "PRODUCT.md: if the data cannot leave our environment, self-hosting open weights is often the only viable path.",
  },
  {
    name: "Classified analysis at an agency that owns GPU servers",
    organization: {
      aiTeam: "ml_team",
      securityMaturity: "advanced",
      infrastructure: "on_prem_gpu",
    },
    answers: full({
      dataSensitivity: "restricted",
      monthlyRequests: 500_000,
      inputTokens: 4000,
      outputTokens: 600,
      strategicImportance: "differentiating",
      auditability: "required",
      customization: "fine_tune",
      capabilityNeed: "frontier",
      timeToValue: "quarter",
      exposure: "high_stakes",
      lockInTolerance: "unacceptable",
    }),
    expected: ["open_self_hosted"],
    because:
      "Restricted data rules out every option where data leaves (PRODUCT.md, Data), whatever the capability need.",
  },
  {
    name: "Internal knowledge search at a mid-size company, needed within weeks",
    organization: {
      aiTeam: "generalist",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "internal",
      monthlyRequests: 150_000,
      inputTokens: 1400,
      outputTokens: 400,
      strategicImportance: "important",
      auditability: "none",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "weeks",
      exposure: "internal",
      lockInTolerance: "acceptable",
    }),
    expected: ["closed_api"],
    because:
      "Internal data, modest volume, no MLOps team and a deadline: the API is the fastest start and the cheapest at this volume (PRODUCT.md, Data and Volume).",
  },
  {
    name: "The core AI product of a software company with an ML platform team",
    organization: {
      aiTeam: "platform",
      securityMaturity: "advanced",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "confidential",
      monthlyRequests: 5_000_000,
      inputTokens: 2000,
      outputTokens: 600,
      strategicImportance: "core_product",
      auditability: "helpful",
      customization: "fine_tune",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "customers",
      lockInTolerance: "concerned",
    }),
    expected: ["open_self_hosted"],
    because:
      "PRODUCT.md, Strategic importance: where the capability is the competitive edge, owning a fine-tuned model has value beyond the spreadsheet; at 5M requests a month the volume is past the crossover and the team exists.",
  },
  {
    name: "A regulated customer assistant at a bank with no AI engineers",
    organization: {
      aiTeam: "none",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "regulated",
      monthlyRequests: 500_000,
      inputTokens: 1650,
      outputTokens: 200,
      strategicImportance: "important",
      auditability: "required",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "high_stakes",
      lockInTolerance: "concerned",
    }),
    expected: ["closed_api", "open_managed"],
    because:
      "Regulated data may leave under strict contracts (PRODUCT.md, answer values); without the team, self-hosting's overhead outweighs its savings (PRODUCT.md, Technical capability).",
  },
  {
    name: "High-volume document extraction at an insurer running models in production",
    organization: {
      aiTeam: "platform",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "confidential",
      monthlyRequests: 10_000_000,
      inputTokens: 3000,
      outputTokens: 500,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "fine_tune",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "concerned",
    }),
    expected: ["open_self_hosted"],
    because:
      "PRODUCT.md, Volume and cost: past the crossover volume self-hosting wins, counting the people who run it; the team already runs models and the data is confidential.",
  },
  {
    name: "A coding assistant needing the frontier, within weeks",
    organization: {
      aiTeam: "generalist",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "internal",
      monthlyRequests: 200_000,
      inputTokens: 20000,
      outputTokens: 600,
      strategicImportance: "important",
      auditability: "none",
      customization: "prompting",
      capabilityNeed: "frontier",
      timeToValue: "weeks",
      exposure: "internal",
      lockInTolerance: "acceptable",
    }),
    expected: ["closed_api"],
    because:
      "Frontier capability, speed to value and no constraint on data all favour a closed API (PRODUCT.md, Data and Also).",
  },
  {
    name: "Standard extraction where vendor lock-in is unacceptable and there is no team",
    organization: { aiTeam: "none", securityMaturity: "basic", infrastructure: "saas_only" },
    answers: full({
      dataSensitivity: "internal",
      monthlyRequests: 100_000,
      inputTokens: 2000,
      outputTokens: 300,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "prompting",
      capabilityNeed: "standard",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "unacceptable",
    }),
    expected: ["open_managed"],
    because:
      "Lock-in to a single vendor rules out a closed model; without a team, self-hosting's overhead outweighs its savings, so open weights on managed hosting remain (PRODUCT.md).",
  },
  {
    name: "A regulated claims agent needing frontier quality, with an ML team",
    organization: {
      aiTeam: "ml_team",
      securityMaturity: "advanced",
      infrastructure: "private_cloud",
    },
    answers: full({
      dataSensitivity: "regulated",
      monthlyRequests: 3_000_000,
      inputTokens: 1900,
      outputTokens: 650,
      strategicImportance: "differentiating",
      auditability: "required",
      customization: "fine_tune",
      capabilityNeed: "frontier",
      timeToValue: "quarter",
      exposure: "high_stakes",
      lockInTolerance: "concerned",
    }),
    expected: ["hybrid", "open_self_hosted", "open_managed"],
    because:
      "PRODUCT.md names the hybrid for this split (sensitive traffic self-hosted, the rest to a frontier API) and self-hosting keeps regulated data in; but a hyperscaler hosts large open models under a BAA (AWS Bedrock's Qwen3 235B at 0.53/2.66 per 1M tokens, shared/research and genai-prices) for about a sixth of either, so managed open weights under contract is a credible start too. Whichever it picks, the frontier need must hold its confidence down.",
    also: {
      notHighConfidence: true,
      confidenceReasonMatches: [/frontier quality/],
    },
  },
  {
    name: "Commodity tagging at modest volume with software engineers",
    organization: {
      aiTeam: "generalist",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "internal",
      monthlyRequests: 1_000_000,
      inputTokens: 800,
      outputTokens: 20,
      strategicImportance: "commodity",
      auditability: "none",
      customization: "prompting",
      capabilityNeed: "standard",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "acceptable",
    }),
    expected: ["closed_api", "open_managed"],
    because:
      "A commodity task on internal data below the crossover: per-token options are cheapest and need no team (PRODUCT.md, Volume and cost).",
  },
  {
    name: "An analytics assistant for managers on confidential data, generalist team, low volume",
    organization: {
      aiTeam: "generalist",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "confidential",
      monthlyRequests: 20_000,
      inputTokens: 4000,
      outputTokens: 800,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "concerned",
    }),
    expected: ["closed_api", "open_managed"],
    because:
      "Confidential data can be sent under a data-processing agreement; at 20k requests a month self-hosting costs many times the API and the team has not run models (PRODUCT.md, Volume and Technical capability).",
  },
  {
    name: "Customer support at consumer scale, 100M requests a month, no AI engineers",
    organization: {
      aiTeam: "none",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "confidential",
      monthlyRequests: 100_000_000,
      inputTokens: 1650,
      outputTokens: 200,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "customers",
      lockInTolerance: "concerned",
    }),
    expected: ["open_managed"],
    because:
      "PRODUCT.md, Volume and cost: per-token costs grow linearly, so at 100M requests the per-token price decides. Open-weights models of this class are hosted at a fraction of the mid closed tier (shared/research/COST-FACTS.md: gpt-oss-120b at $0.15/$0.60 per 1M tokens at DeepInfra and Groq, against $1/$5 for Claude Haiku 4.5), and managed hosting needs no team to run GPUs (PRODUCT.md, Technical capability).",
    also: {
      cheapestAllowed: "open_managed",
      summaryMatches: [/it is the cheapest option allowed/, /a year less than/],
    },
  },
  {
    name: "A regulated patient-intake assistant at a clinic network, low volume, software engineers",
    organization: {
      aiTeam: "generalist",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "regulated",
      monthlyRequests: 30_000,
      inputTokens: 1500,
      outputTokens: 300,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "customers",
      lockInTolerance: "concerned",
    }),
    expected: ["closed_api", "open_managed"],
    because:
      "Regulated is not restricted: HHS, 'Guidance on HIPAA & Cloud Computing' (2016) lets a cloud provider create, receive or maintain health data under a business associate agreement. At 30k requests a month self-hosting costs many times either API and the team has not run models (PRODUCT.md, Volume and Technical capability). The recommendation holds only under that contract, so it cannot be a high-confidence call and must say so.",
    also: {
      notHighConfidence: true,
      summaryMatches: [/provided the provider signs a data-processing agreement/],
      confidenceReasonMatches: [/Regulated data goes to an outside provider/],
    },
  },
  {
    name: "Restricted intelligence analysis that needs frontier quality, ML team on its own GPUs",
    organization: {
      aiTeam: "ml_team",
      securityMaturity: "advanced",
      infrastructure: "on_prem_gpu",
    },
    answers: full({
      dataSensitivity: "restricted",
      monthlyRequests: 200_000,
      inputTokens: 6000,
      outputTokens: 1000,
      strategicImportance: "differentiating",
      auditability: "required",
      customization: "rag",
      capabilityNeed: "frontier",
      timeToValue: "quarter",
      exposure: "high_stakes",
      lockInTolerance: "concerned",
    }),
    expected: ["open_self_hosted"],
    because:
      "PRODUCT.md, Data: data that cannot leave the environment leaves self-hosted open weights as the only path. But the best open models trail the closed frontier on the hardest tasks (content/criteria.ts, Capability), so the call is forced, not earned: it holds only if an open model reaches the quality needed, and must not be high confidence.",
    also: {
      notHighConfidence: true,
      summaryMatches: [
        /your data may not leave your environment/,
        /provided an open model reaches the quality/,
      ],
      confidenceReasonMatches: [/frontier quality/],
    },
  },
  {
    name: "A public-data research digest needing frontier quality, platform team at scale",
    organization: {
      aiTeam: "platform",
      securityMaturity: "advanced",
      infrastructure: "public_cloud",
    },
    answers: full({
      dataSensitivity: "public",
      monthlyRequests: 20_000_000,
      inputTokens: 3000,
      outputTokens: 800,
      strategicImportance: "core_product",
      auditability: "helpful",
      customization: "deep",
      capabilityNeed: "frontier",
      timeToValue: "flexible",
      exposure: "customers",
      lockInTolerance: "concerned",
    }),
    expected: ["open_managed", "open_self_hosted", "hybrid"],
    because:
      "PRODUCT.md, Strategic importance: where the capability is the product and must be adapted deeply, owning open weights is worth more than the spreadsheet; at 20M requests a month the frontier API costs several times the open options (shared/research/COST-FACTS.md). Whatever it recommends, nothing may be said of 'the sensitive core' of public data.",
    also: {
      summaryAvoids: [/sensitive/],
      notHighConfidence: true,
      confidenceReasonMatches: [/frontier quality/],
    },
  },
];
