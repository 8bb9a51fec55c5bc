/**
 * Published reference points, reproduced with our cost formulas (cost.ts) fed the references'
 * inputs and conventions, so that a leader who checks our figures against the calculators they
 * know can see where we agree and why we differ. The side-by-side table of what our defaults give
 * for the same cases, and why, is in docs/decisions/0011-cost-model-2.md.
 *
 * Sources (shared/research/COST-FACTS.md, gathered 2026-11-25 and 2026-12-03):
 * - llmtco.com cost curve (Jun 2026): GPU $/h × 730 × utilization + overhead against a blended
 *   API price; an A100 at $1.59/h, 30% utilization, against $5 per 1M tokens: crossover about 70M
 *   tokens a month. No staff.
 * - ConfigIQ (redhat-performance/configiq, its published method): hosted open model → rented
 *   GPUs at about 286B tokens a month for an 8B model on one A100 (1,072 tokens/s), and about 49B
 *   for a 70B-class model at 1,500 tokens/s a replica (TP2 on H100); 0.2 FTE flat at $18,000 a
 *   month loaded (its `DEFAULT_COST_ASSUMPTIONS`), 90% planning capacity, no availability pair.
 *   ConfigIQ does not publish the GPU-hour or hosted prices behind those two points with them:
 *   the test takes hosted prices of that class from our research (Fireworks ≤16B $0.20 per 1M,
 *   Together Llama-3.1-70B $0.88, both ⚠ about 2024) and finds the GPU-hour prices our formula
 *   needs to meet ConfigIQ's points: $1.30 for an A100 and $3.92 for an H100, both inside the
 *   ranges our research records (A100 $0.80–3.00; H100 at the hyperscalers $3.50–5.00). That is a
 *   consistency check, not a reproduction of its prices.
 */
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assumptionValues } from "./answers";
import {
  costParameters,
  costsAt,
  crossoverVolume,
  type AssumptionValues,
  type CostProfile,
  type GpuOfClass,
} from "./cost";

const onH100: GpuOfClass = { small: "H100", medium: "H100", large: "H100" };

/**
 * A calculator's conventions in our assumptions: no latency reserve, one replica, no bill
 * overhead, no reservation, staff as given and not growing with the fleet.
 */
function conventions(overrides: Partial<AssumptionValues>): AssumptionValues {
  return {
    ...assumptionValues(content, undefined),
    latencyBoundShare: 1,
    averageUtilization: 1,
    scaledUtilization: 1,
    minReplicas: 1,
    gpuBillOverhead: 0,
    reservedGpuDiscount: 0,
    gpusPerAddedEngineer: 1e6,
    closedApiFte: 0,
    openManagedFte: 0,
    selfHostedFteMlTeam: 0,
    ...overrides,
  };
}

/** Tokens a month at a crossover of requests of `tokens` each. */
const tokensAt = (requests: number | null, tokens: number) => (requests ?? NaN) * tokens;

const oneToOne: Omit<CostProfile, "capabilityNeed"> = {
  aiTeam: "ml_team",
  infrastructure: "public_cloud",
  inputTokens: 1000,
  outputTokens: 1000,
  servingPattern: "interactive",
  selfHostedShare: 0,
};

describe("published reference points, with our formulas fed their inputs", () => {
  it("llmtco.com: an A100 at $1.59/h, 30% utilization, against $5 per 1M tokens, no staff: about 70M tokens a month", () => {
    // One GPU, never near its capacity at this volume; the closed API priced at a $5 blend.
    const a = conventions({
      apiSmallInputPrice: 5,
      apiSmallOutputPrice: 5,
      smallModelGpus: 1,
      smallModelPeakThroughput: 1e6,
    });
    const profile: CostProfile = { ...oneToOne, capabilityNeed: "standard" };
    // llmtco bills the GPU for the hours it is busy: $1.59 × 730 × 30% = $348.21 a month.
    const theirs = costParameters(profile, { ...a, gpuHourPrice: 1.59 * 0.3 }, onH100);
    const theirCrossover = tokensAt(crossoverVolume(theirs, theirs.apiPerRequest, 0), 2000);
    expect(theirCrossover / 1e6).toBeCloseTo((1.59 * 730 * 0.3) / 5, 1); // 69.64M
    expect(Math.abs(theirCrossover - 70e6) / 70e6).toBeLessThan(0.01);
    // We bill a served model's GPU for every hour, busy or idle: the same inputs cross at 232M.
    const ours = costParameters(profile, { ...a, gpuHourPrice: 1.59 }, onH100);
    const ourCrossover = tokensAt(crossoverVolume(ours, ours.apiPerRequest, 0), 2000);
    expect(ourCrossover / 1e6).toBeCloseTo((1.59 * 730) / 5, 1); // 232.14M
  });

  // ConfigIQ's conventions: 90% planning capacity, one replica allowed, 0.2 FTE at $18,000 a
  // month for running it, tokens counted in and out at 1k/1k.
  const configIq = (overrides: Partial<AssumptionValues>) =>
    conventions({
      averageUtilization: 0.9,
      scaledUtilization: 0.9,
      engineerAnnualCost: 18_000 * 12,
      selfHostedFteMlTeam: 0.2,
      ...overrides,
    });

  it("ConfigIQ: an 8B model on one A100 at 1,072 tokens/s against a hosted $0.20 per 1M: about 286B tokens a month", () => {
    const a = configIq({
      managedSmallInputPrice: 0.2,
      managedSmallOutputPrice: 0.2,
      smallModelPeakThroughput: 1072,
      smallModelGpus: 1,
      gpuHourPrice: 1.3,
    });
    const p = costParameters({ ...oneToOne, capabilityNeed: "standard" }, a, onH100);
    const crossover = tokensAt(crossoverVolume(p, p.managedPerRequest, p.managedStaff), 2000);
    expect(Math.abs(crossover - 286e9) / 286e9).toBeLessThan(0.03);
    // Where it crosses, the fleet is about 56 A100s and the 0.2 FTE is what is left to recover.
    const at = costsAt(p, crossover / 2000);
    expect(at.open_self_hosted.replicas).toBeGreaterThan(50);
    expect(at.open_self_hosted.staffUsd).toBeCloseTo(3600, -1);
  });

  it("ConfigIQ: a 70B-class model at 1,500 tokens/s a replica on two H100s against a hosted $0.88 per 1M: about 49B tokens a month", () => {
    const a = configIq({
      managedMediumInputPrice: 0.88,
      managedMediumOutputPrice: 0.88,
      mediumModelPeakThroughput: 1500,
      mediumModelGpus: 2,
      gpuHourPrice: 3.92,
    });
    const p = costParameters({ ...oneToOne, capabilityNeed: "advanced" }, a, onH100);
    const crossover = tokensAt(crossoverVolume(p, p.managedPerRequest, p.managedStaff), 2000);
    expect(Math.abs(crossover - 49e9) / 49e9).toBeLessThan(0.03);
  });
});
