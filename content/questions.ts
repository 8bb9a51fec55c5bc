import type { z } from "zod";
import type { questionsSchema } from "./schema";

/**
 * Every question of the assessment, in the order it is asked: the organization profile first,
 * then the per-use-case questions, quick-path questions before the refinements.
 *
 * `effects` say how an answer moves the scoring: `weights` multiply a criterion's weight
 * (1 = unchanged), `ratings` add to an option's 0–5 rating on a criterion. Two rules keep the
 * engine's promises (tested as properties in lib/engine):
 * - only dataSensitivity touches the privacy ratings of the API options, and for each step up in
 *   sensitivity the privacy rating times its weight multiplier never rises (r_before ≥ k·r_after,
 *   where k is how many times privacy's weight grows);
 * - the AI team answers only ever raise self-hosting's ratings as the team grows, and only ever
 *   lower the weight of operations and security (where self-hosting rates low) as it grows.
 */
export const questions = [
  // --- Organization profile (asked once) ---------------------------------------------------
  {
    id: "aiTeam",
    scope: "organization",
    kind: "choice",
    label: "Who would build and run AI systems in your organization?",
    shortLabel: "AI team",
    why: "Running a model yourself is an engineering undertaking; without the team, its overhead eats the savings.",
    quick: true,
    assumed: "generalist",
    options: [
      {
        value: "none",
        because: "you have no in-house engineers to run models",
        label: "No in-house engineers for AI",
        description: "We would rely on vendors or contractors for anything technical.",
        effects: {
          weights: { operations: 2.5 },
          ratings: {
            open_self_hosted: { operations: -1.5, security: -1, speed: -1, customization: -1 },
          },
        },
      },
      {
        value: "generalist",
        because: "your engineers have not run models in production",
        label: "Software engineers, no ML or MLOps",
        description: "A capable software team that has not run models in production.",
        effects: {
          weights: { operations: 1.5 },
          ratings: {
            open_self_hosted: {
              operations: -0.75,
              security: -0.5,
              speed: -0.5,
              customization: -0.5,
            },
          },
        },
      },
      {
        value: "ml_team",
        because: "you have a dedicated ML team",
        label: "A dedicated ML / MLOps team",
        description: "Engineers who train, evaluate and deploy models.",
        effects: { ratings: { open_self_hosted: { operations: 0.5 } } },
      },
      {
        value: "platform",
        because: "your team already runs models in production",
        label: "A team already running models in production",
        description: "GPU capacity, serving and monitoring are in place and staffed.",
        effects: { ratings: { open_self_hosted: { operations: 1.5, security: 0.5, speed: 1 } } },
      },
    ],
    facilitator: {
      prompts: [
        "Who got paged the last time a production service failed at night, and would they own a model server too?",
        "Has anyone here run a GPU workload in production, and for how long?",
        "If the engineer who set it up left, who would patch the serving stack?",
      ],
      pitfalls: [
        "Teams often underestimate the engineering needed to patch, monitor and upgrade a self-hosted model.",
        "A data-science team that trains models is not automatically a team that runs them around the clock.",
      ],
    },
  },
  {
    id: "securityMaturity",
    scope: "organization",
    kind: "choice",
    label: "How mature is your security practice?",
    shortLabel: "Security maturity",
    why: "Self-hosting moves the security of the whole model stack onto your team.",
    quick: false,
    assumed: "established",
    options: [
      {
        value: "basic",
        because: "your security practice is still basic",
        label: "Basic",
        description: "Policies exist; little dedicated security staff or tooling.",
        effects: {
          weights: { security: 1.3 },
          ratings: { open_self_hosted: { security: -1 }, open_managed: { security: -0.25 } },
        },
      },
      {
        value: "established",
        because: "your security practice is established",
        label: "Established",
        description: "A security team, regular patching, audits and incident response.",
        effects: {},
      },
      {
        value: "advanced",
        because: "your security practice is advanced",
        label: "Advanced",
        description: "Hardened platforms, continuous monitoring, red-teaming, certified controls.",
        effects: { ratings: { open_self_hosted: { security: 1 } } },
      },
    ],
    facilitator: {
      prompts: [
        "Which certifications do you hold today (ISO 27001, SOC 2), and do they cover new infrastructure?",
        "How quickly are critical patches applied to production servers?",
      ],
      pitfalls: [
        "Model weights and serving software are new assets that existing security processes rarely cover yet.",
      ],
    },
  },
  {
    id: "infrastructure",
    scope: "organization",
    kind: "choice",
    label: "Where does your technology run today?",
    shortLabel: "Infrastructure",
    why: "Self-hosting is far easier where servers, and ideally GPUs, are already run.",
    quick: false,
    assumed: "public_cloud",
    options: [
      {
        value: "saas_only",
        because: "you run no servers of your own",
        label: "We buy software; we run no servers",
        description: "Everything is SaaS; there is no cloud account or data centre of our own.",
        effects: { ratings: { open_self_hosted: { operations: -1, speed: -1 } } },
      },
      {
        value: "public_cloud",
        because: "you already run workloads in the public cloud",
        label: "Public cloud",
        description: "We run workloads in AWS, Azure, Google Cloud or similar.",
        effects: {},
      },
      {
        value: "private_cloud",
        because: "you run a private cloud",
        label: "Private cloud",
        description: "We run our own virtualized platform or a dedicated cloud region.",
        effects: { ratings: { open_self_hosted: { operations: 0.25 } } },
      },
      {
        value: "on_prem_gpu",
        because: "you already own GPU servers",
        label: "We own GPU servers",
        description: "GPU capacity is already in our data centre.",
        effects: { ratings: { open_self_hosted: { operations: 0.5, speed: 1 } } },
      },
    ],
    facilitator: {
      prompts: [
        "Do you have GPU quota in your cloud account today, and how long did the last quota request take?",
        "Is there spare capacity on GPU servers you already own?",
      ],
      pitfalls: [
        "GPU capacity can take weeks to obtain; plan it before the project's start date, not after.",
      ],
    },
  },

  // --- Per use case: the quick path ---------------------------------------------------------
  {
    id: "dataSensitivity",
    scope: "useCase",
    kind: "choice",
    label: "How sensitive is the data this use case sends to the model?",
    shortLabel: "Data sensitivity",
    why: "If the data cannot leave your environment, self-hosting open weights is often the only viable path.",
    quick: true,
    assumed: "internal",
    options: [
      {
        value: "public",
        because: "the data is public",
        label: "Public",
        description: "Already published or harmless if it were.",
        effects: {
          weights: { privacy: 0.75 },
          ratings: { closed_api: { privacy: 1 }, open_managed: { privacy: 1 } },
        },
      },
      {
        value: "internal",
        because: "the data is internal, not secret",
        label: "Internal",
        description: "Ordinary business information; not for publication, but not secret.",
        effects: {},
      },
      {
        value: "confidential",
        because: "the data is confidential",
        label: "Confidential",
        description: "Trade secrets, unreleased financials, customer contracts.",
        effects: {
          weights: { privacy: 1.5 },
          ratings: { closed_api: { privacy: -1 }, open_managed: { privacy: -1 } },
        },
      },
      {
        value: "regulated",
        because: "the data is regulated",
        label: "Regulated personal or financial data",
        description:
          "GDPR special categories, health (HIPAA), card (PCI) or banking-secrecy data; may leave only under strict contracts.",
        effects: {
          weights: { privacy: 2 },
          ratings: { closed_api: { privacy: -1.5 }, open_managed: { privacy: -1.5 } },
        },
      },
      {
        value: "restricted",
        because: "your data may not leave your environment",
        label: "Restricted: must not leave our environment",
        description:
          "Privileged, classified or air-gapped data; no contract makes sending it out acceptable.",
        effects: {
          weights: { privacy: 3 },
          ratings: { closed_api: { privacy: -3 }, open_managed: { privacy: -3 } },
        },
      },
    ],
    facilitator: {
      prompts: [
        "What is the most sensitive thing a user could paste into this system, whatever the design says?",
        "Would your data-protection officer sign a processing agreement with the model vendor?",
        "Does any of this data fall under a regulator's rules on where it may be processed?",
      ],
      pitfalls: [
        "The sensitivity of a use case is that of its most sensitive realistic input, not its typical one.",
        "Regulated does not mean restricted: with the right contracts, regions and audits, many regulated workloads can use an API.",
      ],
    },
  },
  {
    id: "monthlyRequests",
    scope: "useCase",
    kind: "number",
    label: "How many requests will the model serve per month?",
    shortLabel: "Monthly volume",
    unit: "requests per month",
    why: "APIs are cheapest at low volume; past a crossover volume, a self-hosted model is cheaper.",
    quick: true,
    assumed: 100000,
    facilitator: {
      prompts: [
        "How many people or documents will this touch per day at full rollout, and how many model calls does each need?",
        "What will the volume be in a year if it works?",
      ],
      pitfalls: [
        "Agentic and retrieval flows make several model calls per user action; count calls, not users.",
        "Pilots run at a fraction of production volume: decide on the volume you expect at scale.",
      ],
    },
  },
  {
    id: "inputTokens",
    scope: "useCase",
    kind: "number",
    label: "How long is a typical request (prompt, instructions and retrieved context)?",
    shortLabel: "Input tokens",
    unit: "input tokens per request",
    why: "API prices are per token, and long prompts also take GPU time to process.",
    quick: false,
    assumed: 1500,
    facilitator: {
      prompts: [
        "How many pages of context does each request carry? A page is about 500 to 750 tokens.",
      ],
      pitfalls: ["Retrieved context and system instructions often dwarf the user's own words."],
    },
  },
  {
    id: "outputTokens",
    scope: "useCase",
    kind: "number",
    label: "How long is a typical answer?",
    shortLabel: "Output tokens",
    unit: "output tokens per request",
    why: "Output tokens cost several times input tokens and set how much GPU time each answer takes.",
    quick: false,
    assumed: 300,
    facilitator: {
      prompts: ["Is the answer a label, a paragraph or a full document?"],
      pitfalls: [
        "Reasoning models spend hidden tokens before answering; those are billed as output.",
      ],
    },
  },
  {
    id: "strategicImportance",
    scope: "useCase",
    kind: "choice",
    label: "How important is this capability to your competitive position?",
    shortLabel: "Strategic importance",
    why: "Where the capability is your edge, owning a tuned model and avoiding lock-in has value beyond the spreadsheet.",
    quick: true,
    assumed: "important",
    options: [
      {
        value: "commodity",
        because: "the capability is a commodity",
        label: "Commodity",
        description: "Every competitor has or could buy the same; cost and convenience decide.",
        effects: { weights: { customization: 0.5, independence: 0.5, cost: 1.3 } },
      },
      {
        value: "important",
        because: "the capability matters but is not your edge",
        label: "Important",
        description: "Valuable to the business, but not what customers choose us for.",
        effects: {},
      },
      {
        value: "differentiating",
        because: "the capability sets you apart",
        label: "Differentiating",
        description: "Part of what sets us apart; quality and control matter.",
        effects: { weights: { customization: 1.5, independence: 1.5 } },
      },
      {
        value: "core_product",
        because: "the capability is your product",
        label: "Core product",
        description: "The AI capability is the product, or the heart of it.",
        effects: { weights: { customization: 2, independence: 2 } },
      },
    ],
    facilitator: {
      prompts: [
        "If a competitor had exactly this tomorrow, would customers notice?",
        "Would you be comfortable if your model vendor offered the same feature to your competitors?",
      ],
      pitfalls: ["Teams rate most of their ideas as strategic; ask what a customer would pay for."],
    },
  },

  // --- Per use case: refinements --------------------------------------------------------------
  {
    id: "auditability",
    scope: "useCase",
    kind: "choice",
    label: "How much must you be able to explain and reproduce the model's outputs?",
    shortLabel: "Auditability",
    why: "Regulators and auditors may ask which model produced an output and whether it can be reproduced.",
    quick: false,
    assumed: "helpful",
    options: [
      {
        value: "none",
        because: "no one needs to audit the outputs",
        label: "Not needed",
        description: "Outputs are reviewed by people or are low-stakes.",
        effects: { weights: { auditability: 0.3 } },
      },
      {
        value: "helpful",
        because: "auditability is good practice here",
        label: "Helpful",
        description: "Good practice; nobody requires it yet.",
        effects: {},
      },
      {
        value: "required",
        because: "outputs must be traceable and reproducible",
        label: "Required",
        description: "A regulator, auditor or contract requires traceability and reproducibility.",
        effects: { weights: { auditability: 2.5 }, ratings: { closed_api: { auditability: -1 } } },
      },
    ],
    facilitator: {
      prompts: [
        "Has an auditor or regulator asked about AI in your processes yet?",
        "Could you show today which model version produced a given output six months ago?",
      ],
      pitfalls: [
        "Closed models are updated by their vendors; exact reproduction months later is rarely possible.",
      ],
    },
  },
  {
    id: "customization",
    scope: "useCase",
    kind: "choice",
    label: "How far must the model be adapted to your task and data?",
    shortLabel: "Customization",
    why: "Prompting and retrieval work everywhere; deep fine-tuning needs open weights.",
    quick: false,
    assumed: "rag",
    options: [
      {
        value: "prompting",
        because: "prompting is enough",
        label: "Prompting is enough",
        description: "Instructions and a few examples in the prompt.",
        effects: { weights: { customization: 0.4 } },
      },
      {
        value: "rag",
        because: "retrieval over your documents is enough",
        label: "Retrieval over our documents",
        description: "The model answers from our knowledge base (RAG).",
        effects: { weights: { customization: 0.8 } },
      },
      {
        value: "fine_tune",
        because: "the model must be fine-tuned",
        label: "Fine-tuning",
        description: "We train the model on our examples for style, format or domain.",
        effects: {
          weights: { customization: 1.8 },
          ratings: { closed_api: { customization: -0.5 } },
        },
      },
      {
        value: "deep",
        because: "the model must be adapted deeply",
        label: "Deep adaptation",
        description: "Continued pre-training, distillation or changes to the model itself.",
        effects: {
          weights: { customization: 2.5 },
          ratings: { closed_api: { customization: -1.5 }, open_managed: { customization: -0.5 } },
        },
      },
    ],
    facilitator: {
      prompts: [
        "Have you tried prompting and retrieval first, and where did they fall short?",
        "Do you have thousands of good examples to train on, and someone to curate them?",
      ],
      pitfalls: [
        "Fine-tuning is often reached for before retrieval and better prompts have been tried.",
      ],
    },
  },
  {
    id: "capabilityNeed",
    scope: "useCase",
    kind: "choice",
    label: "How capable must the model be?",
    shortLabel: "Capability need",
    why: "Open models match closed ones on routine tasks and trail them on the hardest.",
    quick: false,
    assumed: "advanced",
    options: [
      {
        value: "standard",
        because: "the task is routine for today's models",
        label: "Standard",
        description: "Classification, extraction, summaries, routine drafting.",
        effects: {
          weights: { capability: 0.6 },
          ratings: { open_managed: { capability: 1 }, open_self_hosted: { capability: 1 } },
        },
      },
      {
        value: "advanced",
        because: "the task needs a capable model",
        label: "Advanced",
        description: "Nuanced language, multi-step tasks, judgement within a domain.",
        effects: {
          ratings: { open_managed: { capability: 0.5 }, open_self_hosted: { capability: 0.5 } },
        },
      },
      {
        value: "frontier",
        because: "the task needs frontier quality",
        label: "Frontier",
        description: "Output quality at the state of the art decides the outcome.",
        effects: {
          weights: { capability: 2.5 },
          ratings: { open_managed: { capability: -1 }, open_self_hosted: { capability: -1 } },
        },
      },
    ],
    facilitator: {
      prompts: [
        "Would a capable graduate do this task well with the same information?",
        "What does a wrong or mediocre answer cost here?",
      ],
      pitfalls: [
        "Teams test the best closed model first and never check whether a smaller open model does as well.",
      ],
    },
  },
  {
    id: "timeToValue",
    scope: "useCase",
    kind: "choice",
    label: "How soon must a first version be live?",
    shortLabel: "Time to value",
    why: "An API is live in days; self-hosting takes weeks to months the first time.",
    quick: false,
    assumed: "quarter",
    options: [
      {
        value: "flexible",
        because: "there is no rush",
        label: "No rush",
        description: "Getting it right matters more than getting it soon.",
        effects: { weights: { speed: 0.5 } },
      },
      {
        value: "quarter",
        because: "a first version is due within a quarter",
        label: "Within a quarter",
        description: "A first version in the next three months.",
        effects: {},
      },
      {
        value: "weeks",
        because: "it must be live within weeks",
        label: "Within weeks",
        description: "There is a deadline, a pilot or a competitor to answer.",
        effects: { weights: { speed: 2 }, ratings: { open_self_hosted: { speed: -0.5 } } },
      },
    ],
    facilitator: {
      prompts: ["What happens if this ships a quarter later?"],
      pitfalls: [
        "A quick start on an API and a later move to self-hosting is often the best of both.",
      ],
    },
  },
  {
    id: "exposure",
    scope: "useCase",
    kind: "choice",
    label: "Who sees the model's output, and what rides on it?",
    shortLabel: "Exposure",
    why: "Customer-facing and high-stakes uses need stronger guardrails and security.",
    quick: false,
    assumed: "customers",
    options: [
      {
        value: "internal",
        because: "only employees see the output",
        label: "Internal users",
        description: "Employees who can judge and correct the output.",
        effects: { weights: { safety: 0.6 } },
      },
      {
        value: "customers",
        because: "customers see the output",
        label: "Customers",
        description: "Customers or the public see the output directly.",
        effects: { weights: { safety: 1.3, security: 1.2 } },
      },
      {
        value: "high_stakes",
        because: "the output affects people's health, money or rights",
        label: "High stakes",
        description: "Decisions that affect people's health, money or rights.",
        effects: { weights: { safety: 2, auditability: 1.5, security: 1.3 } },
      },
    ],
    facilitator: {
      prompts: [
        "What is the worst thing this system could say to a customer, and who would read about it?",
        "Is a person in the loop before the output has an effect?",
      ],
      pitfalls: ["Internal tools become customer-facing faster than their guardrails do."],
    },
  },
  {
    id: "lockInTolerance",
    scope: "useCase",
    kind: "choice",
    label: "How acceptable is depending on a single model vendor?",
    shortLabel: "Lock-in tolerance",
    why: "A closed model can only be used through its vendor, on the vendor's terms.",
    quick: false,
    assumed: "concerned",
    options: [
      {
        value: "acceptable",
        because: "vendor lock-in is acceptable",
        label: "Acceptable",
        description: "We can live with the vendor's prices, terms and model changes.",
        effects: { weights: { independence: 0.4 } },
      },
      {
        value: "concerned",
        because: "you want a way out of any one vendor",
        label: "A concern",
        description: "We want a way out if prices, terms or quality change.",
        effects: { weights: { independence: 1.25 } },
      },
      {
        value: "unacceptable",
        because: "no single vendor may hold you hostage",
        label: "Unacceptable",
        description: "We must be able to run this without any single vendor's consent.",
        effects: { weights: { independence: 2.5 } },
      },
    ],
    facilitator: {
      prompts: [
        "What would you do if your model vendor doubled its price or retired the model next quarter?",
        "Could a competitor or a government cut off your access?",
      ],
      pitfalls: [
        "Switching closed vendors means re-testing every prompt; it is a migration, not a setting.",
      ],
    },
  },
  {
    id: "servingPattern",
    scope: "useCase",
    kind: "choice",
    label: "How are the requests served: while someone waits, or in batches?",
    shortLabel: "Serving pattern",
    why: "Work that can wait runs GPUs near full and earns batch discounts; work someone waits for needs spare capacity and a standby.",
    quick: false,
    assumed: "interactive",
    options: [
      {
        value: "interactive",
        because: "someone waits for each answer",
        label: "While someone waits",
        description: "Chat, assistants, live suggestions: each answer is needed in seconds.",
        effects: {},
      },
      {
        value: "batch",
        because: "the work can run in batches",
        label: "In batches",
        description: "Documents, nightly jobs, back-catalogues: results are needed in hours.",
        effects: {},
      },
      {
        value: "mixed",
        because: "part of the work can wait",
        label: "Both",
        description: "Some requests are live, a large part can be queued.",
        effects: {},
      },
    ],
    facilitator: {
      prompts: [
        "If an answer took an hour instead of a second, who would notice?",
        "Could last month's backlog be processed overnight?",
      ],
      pitfalls: [
        "A batch job sized like a chat service pays for idle GPUs and a standby it does not need.",
      ],
    },
  },
  {
    id: "selfHostedShare",
    scope: "useCase",
    kind: "number",
    label: "In a hybrid, what share of the requests would your own model serve?",
    shortLabel: "Hybrid split",
    unit: "percent of requests",
    why: "A hybrid keeps the requests that must stay inside, or that an open model handles, on your model and sends the hardest to a closed API; its cost follows the split.",
    quick: false,
    assumed: 70,
    facilitator: {
      prompts: [
        "Which requests carry data that may not leave, and which need the best model there is?",
        "Could a router tell them apart before a request is sent?",
      ],
      pitfalls: ["A split that cannot be decided per request is not a split: it is two systems."],
    },
  },
  {
    id: "monthlyRequestsIn12Months",
    scope: "useCase",
    kind: "number",
    label: "How many requests a month do you expect in twelve months?",
    shortLabel: "Volume in a year",
    unit: "requests per month",
    why: "Where the volume is heading decides when to move: start on an API, and move to open weights once the crossover is passed.",
    quick: false,
    assumed: 100000,
    facilitator: {
      prompts: [
        "If the first quarter goes well, which teams or customers come next?",
        "What volume would make this a line in the budget the CFO asks about?",
      ],
      pitfalls: [
        "Growth plans are optimistic: take the volume you would bet on, not the one in the pitch.",
      ],
    },
  },
] satisfies z.input<typeof questionsSchema>;
