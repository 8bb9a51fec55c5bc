import type { z } from "zod";
import type { hybridSchema, sourcingOptionsSchema } from "./schema";

/**
 * The three sourcing options, each rated 0–5 on every criterion (higher fits better) before the
 * answers adjust the ratings. The cost rating here is only the guide's general picture: the engine
 * replaces it with one computed from the cost model at the use case's volume.
 */
export const sourcingOptions = [
  {
    id: "closed_api",
    name: "Closed model via API",
    shortName: "Closed API",
    summary:
      "Call a proprietary model (GPT, Claude, Gemini) through its provider's API, or through a cloud marketplace that resells it. You pay per token and the provider runs everything.",
    headline: "Use a closed model through its provider's API",
    examples:
      "OpenAI GPT-5, Anthropic Claude, Google Gemini, through the vendor or a cloud marketplace",
    ratings: {
      privacy: {
        rating: 3,
        why: "Prompts and answers are processed by the vendor. Enterprise terms exclude training on your data and offer regional processing, but the data does leave your environment.",
      },
      cost: {
        rating: 4,
        why: "Nothing to pay until it is used, and cheapest at low and medium volume; the bill grows in a straight line with every token.",
      },
      capability: {
        rating: 5,
        why: "The frontier models are closed: on the hardest reasoning, writing and coding tasks they lead.",
      },
      customization: {
        rating: 2,
        why: "Prompting and retrieval work well; fine-tuning is offered for some models, within the vendor's limits, and the tuned model stays on their platform.",
      },
      operations: {
        rating: 5,
        why: "The vendor runs, scales and upgrades the model. You integrate it and watch usage, rate limits and spend.",
      },
      speed: {
        rating: 5,
        why: "An API key and a few days give a working prototype.",
      },
      independence: {
        rating: 1.5,
        why: "Prices, terms, rate limits and model retirements are the vendor's to set, and prompts tuned for one model do not move cleanly to another.",
      },
      auditability: {
        rating: 2,
        why: "The weights and training data are not open to you; you get model cards, logs and the vendor's attestations. Silent model updates can change behaviour.",
      },
      safety: {
        rating: 4.5,
        why: "Safety training, content filters and abuse monitoring come built in and are maintained by the vendor.",
      },
      security: {
        rating: 4,
        why: "The vendor secures the models and servers; you secure your keys, your integration and what you send.",
      },
    },
    winsWhen: [
      "Volume is low or uncertain and time to value matters most.",
      "The task needs frontier quality: complex reasoning, nuanced language, hard code.",
      "There is no team to run models, and the data may be processed by a vendor under contract.",
    ],
  },
  {
    id: "open_managed",
    name: "Open-weights model, managed hosting",
    shortName: "Open, managed",
    summary:
      "Use an open-weights model (Llama, Qwen, Mistral, DeepSeek, gpt-oss) served by a hosting provider or a cloud's model service. You pay per token or per dedicated endpoint; the provider runs the servers, and you can move the same model elsewhere.",
    headline: "Use an open-weights model on managed hosting",
    examples:
      "Llama, Qwen or gpt-oss on DeepInfra, Together, Fireworks, Groq, or a cloud's model service",
    ratings: {
      privacy: {
        rating: 3,
        why: "Data is processed by the hosting provider. Many offer zero retention and regional processing, but the data leaves your environment, often to a younger vendor with fewer certifications.",
      },
      cost: {
        rating: 5,
        why: "Open models on shared hosting are priced well below closed models of similar capability, and like any API cost nothing when idle.",
      },
      capability: {
        rating: 3.5,
        why: "Strong open models match closed ones on standard tasks and trail the frontier by months on the hardest ones.",
      },
      customization: {
        rating: 3.5,
        why: "Choose any open model, and fine-tune with adapters at hosts that support it; the tuned weights are yours to take elsewhere.",
      },
      operations: {
        rating: 4,
        why: "The host runs the servers; you choose, evaluate and upgrade the model yourself.",
      },
      speed: {
        rating: 4,
        why: "Nearly as quick to start as a closed API; choosing and evaluating the model adds a little time.",
      },
      independence: {
        rating: 4,
        why: "The same weights run at many hosts or in-house, so switching is a configuration change rather than a migration.",
      },
      auditability: {
        rating: 3.5,
        why: "The weights are public and a version can be pinned; the serving logs and infrastructure are the host's.",
      },
      safety: {
        rating: 3,
        why: "The model carries its own safety training; filters and monitoring around it are mostly yours to add.",
      },
      security: {
        rating: 3.5,
        why: "The host secures the servers; you secure the integration and choose a trustworthy model and host.",
      },
    },
    winsWhen: [
      "Standard tasks at medium to high volume, where closed-model prices add up.",
      "You want to avoid lock-in but have no team to run GPUs.",
      "A path to self-hosting later matters: the same model can be brought in-house.",
    ],
  },
  {
    id: "open_self_hosted",
    name: "Open-weights model, self-hosted",
    shortName: "Self-hosted",
    summary:
      "Run an open-weights model on GPUs you rent or own, in your cloud account, private cloud or data centre. Data never leaves your environment, and you own the model and its operation.",
    headline: "Self-host an open-weights model",
    examples:
      "Llama, Qwen, Mistral or gpt-oss served with vLLM, TensorRT-LLM or NVIDIA NIM on your own GPUs",
    ratings: {
      privacy: {
        rating: 5,
        why: "Prompts, answers and weights stay inside your environment; nothing is processed by a third party.",
      },
      cost: {
        rating: 2,
        why: "A mostly fixed cost: GPUs for at least two replicas, billed whether busy or idle, plus the engineers who run them. Expensive at low volume, cheapest at high volume.",
      },
      capability: {
        rating: 3,
        why: "The same open models as managed hosting, though teams often run smaller or quantized versions to fit their GPUs.",
      },
      customization: {
        rating: 5,
        why: "Fine-tune, distil, quantize or change the model as deeply as you need, and own the result.",
      },
      operations: {
        rating: 1.5,
        why: "You run GPU capacity, serving software, scaling, monitoring, incident response and model upgrades.",
      },
      speed: {
        rating: 2,
        why: "Capacity must be procured, serving set up and hardened, and security must sign off: weeks to months the first time.",
      },
      independence: {
        rating: 5,
        why: "No vendor can change the price, the terms or the model under you.",
      },
      auditability: {
        rating: 5,
        why: "Weights, versions, inputs and outputs are all yours to log, inspect and reproduce exactly.",
      },
      safety: {
        rating: 2.5,
        why: "The model's own safety training is a start; content filters, jailbreak defences and abuse monitoring are yours to build and run.",
      },
      security: {
        rating: 2,
        why: "Patching the serving stack and drivers, hardening hosts, protecting the weights and watching for attacks all fall to you.",
      },
    },
    winsWhen: [
      "The data may not leave your environment under any contract.",
      "Volume is high and steady, and a team already runs models in production.",
      "The model is the product's edge: deep fine-tuning, ownership and independence are worth paying for.",
    ],
  },
] satisfies z.input<typeof sourcingOptionsSchema>;

/**
 * The hybrid the engine can recommend: sensitive or high-volume core traffic on a self-hosted open
 * model, the rest (and the hardest requests) on a closed frontier API. Its rating on each criterion
 * follows from its components' ratings after the answers have adjusted them.
 */
export const hybrid = {
  id: "hybrid",
  name: "Hybrid: self-hosted core, closed API for the rest",
  shortName: "Hybrid",
  summary:
    "Route sensitive and high-volume traffic to an open-weights model you run yourself, and send the rest — the hardest requests and the spill-over — to a closed frontier API. A router in front decides per request.",
  headline:
    "Split the traffic: a self-hosted open model for the routine bulk, a closed API for the hardest requests",
  headlineWhen: [
    {
      when: [{ question: "dataSensitivity", in: ["confidential", "regulated"] }],
      headline:
        "Split the traffic between a self-hosted open model for the sensitive core and a closed API for the rest",
    },
  ],
  split:
    "Sensitive or high-volume requests go to the self-hosted model; requests that need frontier quality and carry no restricted data go to the closed API. Each use case says what share of its requests the self-hosted model serves (the hybrid split question; its template's share when it does not), and the cost follows that split. It works only when requests can be classified reliably before they are sent.",
  components: ["closed_api", "open_self_hosted"],
  ratingRules: {
    privacy: {
      rule: "best",
      adjustment: -0.5,
      why: "Sensitive requests never leave; the router must classify them reliably, which leaves a small residual risk.",
    },
    cost: {
      rule: "mean",
      adjustment: 0,
      why: "Computed from the cost model: the self-hosted fleet for its share, plus API tokens for the rest.",
    },
    capability: {
      rule: "best",
      adjustment: -0.25,
      why: "Requests that need the frontier go to the closed model; the routing decision itself can misjudge a few.",
    },
    customization: {
      rule: "best",
      adjustment: -0.5,
      why: "The core traffic runs on a model you can fine-tune as deeply as you need; the API part can only be prompted.",
    },
    operations: {
      rule: "worst",
      adjustment: -0.5,
      why: "You run a model, an API integration and a router between them: the heaviest operational load.",
    },
    speed: {
      rule: "worst",
      adjustment: -0.25,
      why: "The split pays only once the self-hosted model and the router in front of it run: as slow to stand up as self-hosting, and a little slower.",
    },
    independence: {
      rule: "mean",
      adjustment: 0.5,
      why: "The router can shift traffic between the two, which caps what either side can impose.",
    },
    auditability: {
      rule: "mean",
      adjustment: 0,
      why: "The self-hosted share is fully auditable; the API share is as auditable as the vendor allows.",
    },
    safety: {
      rule: "mean",
      adjustment: 0,
      why: "Guardrails must be built for the self-hosted path and kept consistent with the vendor's.",
    },
    security: {
      rule: "worst",
      adjustment: 0,
      why: "You carry the full security responsibility of the self-hosted stack, plus the API integration.",
    },
  },
  winsWhen: [
    "Part of the traffic is sensitive and part needs frontier quality.",
    "Volume is high enough to keep a self-hosted fleet busy, with peaks or hard cases sent to an API.",
  ],
} satisfies z.input<typeof hybridSchema>;
