import type { z } from "zod";
import type { nextStepsSchema, risksSchema } from "./schema";

/**
 * What to plan for with each option, and the first steps to take. An item applies when its
 * option is recommended and all of its conditions hold (no conditions: always).
 */
export const risks = [
  // Closed API
  {
    id: "api-cost-growth",
    options: ["closed_api", "hybrid"],
    when: [],
    title: "Cost grows with every token",
    detail:
      "API spend scales in a straight line with use; a successful rollout can multiply the bill within months.",
    mitigation:
      "Set budgets and alerts per use case, cache repeated prompts, batch what can wait, and revisit the crossover volume each quarter.",
  },
  {
    id: "api-lock-in",
    options: ["closed_api"],
    when: [{ question: "lockInTolerance", in: ["concerned"] }],
    title: "Dependence on one vendor",
    detail:
      "Prices, rate limits, terms and model retirements are the vendor's decisions, and prompts tuned for one model do not move cleanly.",
    mitigation:
      "Put a thin gateway between your code and the API, keep an evaluation set, and test an open-weights fallback once a quarter.",
  },
  {
    id: "api-data-processing",
    options: ["closed_api", "open_managed"],
    when: [{ question: "dataSensitivity", in: ["confidential", "regulated"] }],
    title: "Sensitive data processed by a third party",
    detail: "Confidential or regulated data leaves your environment with every request.",
    mitigation:
      "Sign a data-processing agreement with zero retention and no training on your data, pin the processing region, and redact what the task does not need.",
  },
  {
    id: "api-model-changes",
    options: ["closed_api", "hybrid"],
    when: [{ question: "auditability", in: ["required"] }],
    title: "The model can change under you",
    detail:
      "Vendors update and retire models on their own schedule, so an output may not be reproducible months later.",
    mitigation:
      "Pin dated model versions, log every prompt and output with the version, and re-validate before each migration.",
  },
  {
    id: "external-exposure",
    options: ["closed_api", "open_managed", "open_self_hosted", "hybrid"],
    when: [{ question: "exposure", in: ["customers", "high_stakes"] }],
    title: "Harmful or wrong output reaching customers",
    detail:
      "Output is seen by customers or affects them directly; a single bad answer can become a public incident.",
    mitigation:
      "Add input and output filters, test against jailbreaks before launch, keep a person in the loop where the stakes are high, and monitor for abuse.",
  },
  // Managed open weights
  {
    id: "managed-host-maturity",
    options: ["open_managed"],
    when: [],
    title: "Host maturity and continuity",
    detail:
      "Specialist hosts are younger companies; certifications, support and longevity vary widely.",
    mitigation:
      "Check certifications and data terms, and keep the same model deployable at a second host so that a switch is a configuration change.",
  },
  {
    id: "open-capability-ceiling",
    options: ["open_managed", "open_self_hosted"],
    when: [{ question: "capabilityNeed", in: ["frontier"] }],
    title: "Capability ceiling",
    detail:
      "Open-weights models trail the closed frontier by months on the hardest tasks this use case depends on.",
    mitigation:
      "Build an evaluation set from real cases before committing, compare the best open and closed models on it, and plan model upgrades as they are released.",
  },
  {
    id: "open-guardrails",
    options: ["open_managed", "open_self_hosted", "hybrid"],
    when: [],
    title: "Guardrails are yours to build",
    detail:
      "Open models bring their own safety training, but content filters, jailbreak defences and abuse monitoring around them are your responsibility.",
    mitigation:
      "Deploy an input and output safety classifier alongside the model and red-team it before launch.",
  },
  // Self-hosted
  {
    id: "self-operational-overhead",
    options: ["open_self_hosted", "hybrid"],
    when: [],
    title: "Operational overhead",
    detail:
      "GPU capacity, serving software, scaling, monitoring, on-call and model upgrades all fall to your team.",
    mitigation:
      "Name an owner and an on-call rota before launch, use a mature serving stack (vLLM, TensorRT-LLM or NIM), and automate deployment and rollback.",
  },
  {
    id: "self-team-gap",
    options: ["open_self_hosted", "hybrid"],
    when: [{ question: "aiTeam", in: ["none", "generalist"] }],
    title: "No team has run models in production",
    detail:
      "Without MLOps experience, self-hosting's overhead tends to eat its savings and delay the launch.",
    mitigation:
      "Hire or contract MLOps expertise first, start with a managed deployment in your own cloud account, and budget for the engineers the cost model counts.",
  },
  {
    id: "self-security-responsibility",
    options: ["open_self_hosted", "hybrid"],
    when: [],
    title: "Security responsibility",
    detail:
      "Patching drivers and serving software, hardening hosts, protecting the weights and detecting prompt injection are yours.",
    mitigation:
      "Bring the model stack into your patching and vulnerability management, restrict access to weights and endpoints, and log every request.",
  },
  {
    id: "self-security-immature",
    options: ["open_self_hosted", "hybrid"],
    when: [{ question: "securityMaturity", in: ["basic"] }],
    title: "Security practice not yet ready for a new stack",
    detail:
      "A basic security practice will struggle to cover GPU hosts, serving software and model weights as new assets.",
    mitigation:
      "Have the platform reviewed by an external security firm before launch and keep the endpoints off the public internet.",
  },
  {
    id: "self-idle-capacity",
    options: ["open_self_hosted", "hybrid"],
    when: [],
    title: "Paying for idle GPUs",
    detail:
      "GPUs are billed whether busy or idle, and availability needs at least two replicas even at low traffic.",
    mitigation:
      "Right-size after a month of real traffic, share the fleet across use cases, and use reserved capacity only once the load is steady.",
  },
  {
    id: "self-capacity-lead-time",
    options: ["open_self_hosted", "hybrid"],
    when: [
      { question: "timeToValue", in: ["weeks"] },
      { question: "dataSensitivity", in: ["public", "internal", "confidential", "regulated"] },
    ],
    title: "Capacity and setup take longer than the deadline",
    detail:
      "GPU quota, setup and security review often take longer than a few weeks the first time.",
    mitigation:
      "Launch on an API or managed host behind the same gateway, and move traffic to the self-hosted model when it is ready.",
  },
  {
    id: "self-capacity-lead-time-restricted",
    options: ["open_self_hosted"],
    when: [
      { question: "timeToValue", in: ["weeks"] },
      { question: "dataSensitivity", in: ["restricted"] },
    ],
    title: "Capacity and setup take longer than the deadline",
    detail:
      "GPU capacity, setup and security review often take longer than a few weeks the first time, and restricted data rules out starting on an API.",
    mitigation:
      "Start with a small model on hardware you already have, agree a later date for the full rollout, or narrow the first release to data that may leave.",
  },

  {
    id: "hybrid-routing",
    options: ["hybrid"],
    when: [],
    title: "Routing must be reliable",
    detail:
      "The split only protects sensitive data if every request is classified correctly before it is sent.",
    mitigation:
      "Route by data source rather than by content where possible, default to the self-hosted path when unsure, and audit the router's decisions.",
  },
] satisfies z.input<typeof risksSchema>;

export const nextSteps = [
  {
    id: "api-pilot",
    options: ["closed_api"],
    when: [],
    text: "Run a two-week pilot on the API with real examples and an evaluation set of at least 100 cases.",
  },
  {
    id: "api-gateway",
    options: ["closed_api", "open_managed", "hybrid"],
    when: [],
    text: "Call the model through a thin gateway of your own, so that the provider can be changed without touching the product.",
  },
  {
    id: "api-contract",
    options: ["closed_api", "open_managed"],
    when: [{ question: "dataSensitivity", in: ["confidential", "regulated"] }],
    text: "Agree zero retention, no training on your data and the processing region in the contract before any real data is sent.",
  },
  {
    id: "api-budget",
    options: ["closed_api"],
    when: [],
    text: "Set a monthly budget and usage alerts, and re-check the crossover volume once real traffic is known.",
  },
  {
    id: "managed-shortlist",
    options: ["open_managed"],
    when: [],
    text: "Shortlist two or three open models and two hosts; compare them on your evaluation set for quality, latency and price.",
  },
  {
    id: "managed-portability",
    options: ["open_managed"],
    when: [],
    text: "Keep the chosen model deployable at a second host, and note the volume at which bringing it in-house would pay.",
  },
  {
    id: "self-eval",
    options: ["open_self_hosted", "hybrid"],
    when: [
      { question: "dataSensitivity", in: ["public", "internal", "confidential", "regulated"] },
    ],
    text: "Pick the model on your own evaluation set: try it first on a managed host before buying or renting GPUs.",
  },
  {
    id: "self-eval-restricted",
    options: ["open_self_hosted"],
    when: [{ question: "dataSensitivity", in: ["restricted"] }],
    text: "Pick the model on your own evaluation set, run on an isolated test machine inside your environment before buying the full fleet.",
  },

  {
    id: "self-capacity",
    options: ["open_self_hosted", "hybrid"],
    when: [],
    text: "Size the GPU fleet from the cost model's replica count, request capacity or quota early, and plan two replicas for availability.",
  },
  {
    id: "self-owner",
    options: ["open_self_hosted", "hybrid"],
    when: [],
    text: "Name the team that owns the model in production: monitoring, on-call, patching and upgrades.",
  },
  {
    id: "self-hire",
    options: ["open_self_hosted", "hybrid"],
    when: [{ question: "aiTeam", in: ["none", "generalist"] }],
    text: "Hire or contract MLOps engineers before committing to a launch date.",
  },
  {
    id: "self-finetune",
    options: ["open_self_hosted", "open_managed"],
    when: [{ question: "customization", in: ["fine_tune", "deep"] }],
    text: "Collect and clean a training set from your own examples, and keep a held-out set to prove the tuned model is better.",
  },
  {
    id: "hybrid-router",
    options: ["hybrid"],
    when: [],
    text: "Define the routing rule (which requests are sensitive or need the frontier) and test it on a sample of real traffic.",
  },
  {
    id: "guardrails-first",
    options: ["open_managed", "open_self_hosted", "hybrid"],
    when: [{ question: "exposure", in: ["customers", "high_stakes"] }],
    text: "Put input and output safety filters in place and red-team the system before the first customer sees it.",
  },
] satisfies z.input<typeof nextStepsSchema>;
