import type { z } from "zod";
import type { tiersSchema } from "./schema";

/**
 * What each tier of the cost model stands for: the capability need picks a closed-API price tier
 * and an open model of the matching size class (standard → small, advanced → medium, frontier →
 * large), served on the GPU named here. Examples as of late 2026 (shared/research/COST-FACTS.md;
 * prices in assumptions.ts), the model whose prices the tier uses first; only models whose price
 * or throughput is close to the tier's (the small class's throughput is an 8B model's, so no 32B
 * dense model; the mid-size class's 5–12B active parameters, so no 3B-active model).
 */
export const tiers = [
  {
    id: "small",
    name: "Small open model: about 8–20B parameters, or a small mixture-of-experts",
    closedExamples: "Gemini 2.5 Flash-Lite, GPT-4.1 nano, Claude Haiku 5.5",
    openExamples: "gpt-oss-20b, Llama 3.1 8B",
    gpu: "H100",
  },
  {
    id: "medium",
    name: "Mid-size mixture-of-experts: about 100–120B parameters, 5–12B active",
    closedExamples: "Claude Haiku 4.5, Gemini 2.5 Flash, GPT-5 mini",
    openExamples: "gpt-oss-120b, GLM-4.5-Air",
    gpu: "H100",
  },
  {
    id: "large",
    name: "Large mixture-of-experts: about 230–240B parameters, 10–22B active",
    closedExamples: "Claude Opus 5.5, GPT-5.5, Gemini 3.1 Pro",
    openExamples: "Qwen3-235B-A22B, Qwen3-VL-235B-A22B, MiniMax-M2",
    gpu: "H100",
  },
] satisfies z.input<typeof tiersSchema>;
