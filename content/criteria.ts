import type { z } from "zod";
import type { criteriaSchema } from "./schema";

/**
 * The criteria every sourcing option is rated on. Default weights are relative (0–5): what counts
 * most for a typical use case before any answer moves them. Answers multiply them (questions.ts).
 */
export const criteria = [
  {
    id: "privacy",
    name: "Data privacy and control",
    inSentence: "data control",
    summary: "Whether the data can stay where it must, and who else processes it.",
    explanation:
      "With a closed model or a managed host, every prompt and answer is processed on someone else's servers under their contract. For public or internal data that is rarely a problem; for regulated data it needs strict contracts, data residency and audits; for data that may not leave the organization at all, only a model you run yourself will do.",
    defaultWeight: 3,
  },
  {
    id: "cost",
    name: "Cost at your volume",
    inSentence: "cost",
    summary: "What the option costs per month at this use case's volume, people included.",
    explanation:
      "An API charges per token, so its cost grows in a straight line with use and starts near zero. Running a model yourself is a mostly fixed cost: GPUs billed whether busy or idle, at least two replicas for availability, and the engineers who keep it running. Past a crossover volume self-hosting is cheaper; below it the API is. Once the people are counted, the crossover comes sooner than intuition suggests for large models and later for small ones.",
    defaultWeight: 4,
  },
  {
    id: "capability",
    name: "Capability",
    inSentence: "capability",
    summary: "How close to the state of the art the output quality is.",
    explanation:
      "The best closed models still lead on the hardest tasks: nuanced writing, long multi-step reasoning, complex code. Open-weights models match them on most standard work such as classification, extraction and summaries, and trail by months on the frontier. Where output quality at the state of the art decides the outcome, that gap matters; where the task is routine, it does not.",
    defaultWeight: 3,
  },
  {
    id: "customization",
    name: "Customization and fine-tuning",
    inSentence: "customization",
    summary: "How far the model itself can be adapted to the task and the data.",
    explanation:
      "Prompting and retrieval work with any option. Fine-tuning is offered for some closed models, within the vendor's limits, and the tuned model stays on the vendor's platform. With open weights you can fine-tune, distil, quantize and change the model as deeply as you like, and you own the result.",
    defaultWeight: 2,
  },
  {
    id: "operations",
    name: "Operational burden",
    inSentence: "ease of running",
    summary: "The work of keeping it running: hosting, scaling, monitoring, upgrades, support.",
    explanation:
      "An API is someone else's service to run: you integrate it and watch your bill. A managed host runs the servers but you choose, evaluate and upgrade the model. Self-hosting makes you the operator: GPU capacity, serving software, monitoring, incident response and model upgrades. Without a team that has done it before, this overhead eats the savings.",
    defaultWeight: 2,
  },
  {
    id: "speed",
    name: "Speed to value",
    inSentence: "speed to value",
    summary: "How quickly a first version can be in users' hands.",
    explanation:
      "An API key gives a working prototype in days. Managed hosting of an open model is nearly as quick. Self-hosting needs capacity to be procured, serving to be set up and hardened, and security to sign off, which takes weeks to months the first time.",
    defaultWeight: 2,
  },
  {
    id: "independence",
    name: "Independence from vendors",
    inSentence: "independence from vendors",
    summary: "How easily you could change provider, and who decides when the model changes.",
    explanation:
      "A closed model can only be used through its vendor: its prices, terms, rate limits and retirement dates are theirs to set, and prompts tuned for it do not move cleanly to another. Open weights can be moved between hosts or brought in-house, and a version you have pinned never changes under you.",
    defaultWeight: 2,
  },
  {
    id: "auditability",
    name: "Transparency and auditability",
    inSentence: "auditability",
    summary: "How far you can inspect, document and reproduce what the model does.",
    explanation:
      "Regulators and auditors increasingly ask which model produced an output, on what data it was trained and whether the result can be reproduced. Open weights can be inspected, versioned and re-run exactly; a closed model offers documentation and logs, but its weights and updates are the vendor's.",
    defaultWeight: 1.5,
  },
  {
    id: "safety",
    name: "Safety and guardrails",
    inSentence: "built-in safety",
    summary: "Protection against harmful, wrong or manipulated output, out of the box.",
    explanation:
      "Closed models come with the vendor's safety training, content filters and abuse monitoring. Open-weights models carry their own safety training, but the filters, jailbreak defences and monitoring around them are yours to build. The more exposed the use case, the more this counts.",
    defaultWeight: 1.5,
  },
  {
    id: "security",
    name: "Security responsibility",
    inSentence: "security",
    summary: "How much of the security of the stack falls on you.",
    explanation:
      "With an API the vendor secures the model, the servers and the serving software, and you secure your integration and keys. Self-hosting moves all of it to you: patching the serving stack and drivers, hardening the hosts, protecting the weights, and detecting attacks such as prompt injection at the model's edge.",
    defaultWeight: 2,
  },
] satisfies z.input<typeof criteriaSchema>;
