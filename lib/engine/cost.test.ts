import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assumptionValues } from "./answers";
import {
  costParameters,
  costsAt,
  crossoverVolume,
  SECONDS_PER_MONTH,
  type GpuOfClass,
} from "./cost";

/**
 * The figures of the worked example in cost.ts's header, pinned here so that the hand-worked
 * golden figures below stay true when content's prices move: the test checks the arithmetic, and
 * lib/engine/golden.test.ts the advice at today's prices.
 */
const pinned = {
  ...assumptionValues(content, undefined),
  apiSmallInputPrice: 0.1,
  apiSmallOutputPrice: 0.4,
  apiMidInputPrice: 1,
  apiMidOutputPrice: 5,
  managedMediumInputPrice: 0.15,
  managedMediumOutputPrice: 0.6,
  smallModelPeakThroughput: 15220,
  smallModelGpus: 1,
  mediumModelPeakThroughput: 6900,
  mediumModelGpus: 1,
  gpuHourPrice: 2.99,
  ownedGpuHourPrice: 1.5,
  h200HourPrice: 4,
  h200ThroughputFactor: 1.4,
  gpuBillOverhead: 0.3,
  prefillTokenWeight: 0.65,
  latencyBoundShare: 0.5,
  averageUtilization: 0.5,
  scaledUtilization: 0.8,
  minReplicas: 2,
  engineerAnnualCost: 230000,
  selfHostedFteMlTeam: 0.75,
  selfHostedFtePlatform: 0.5,
  closedApiFte: 0.05,
  openManagedFte: 0.1,
  hybridSelfHostedShare: 0.7,
  gpusPerAddedEngineer: 64,
  reservedGpuDiscount: 0.3,
};
const onH100: GpuOfClass = { small: "H100", medium: "H100", large: "H100" };

// The worked example: a mid-size mixture-of-experts model ("advanced" need), 2M requests a month
// of 3,000 input and 500 output tokens, an ML team, rented H100s at 2.99 USD an hour.
const example = costParameters(
  {
    capabilityNeed: "advanced",
    aiTeam: "ml_team",
    infrastructure: "public_cloud",
    inputTokens: 3000,
    outputTokens: 500,
    servingPattern: "interactive",
    selfHostedShare: 70,
  },
  pinned,
  onH100,
);

describe("cost model, golden figures worked by hand", () => {
  it("prices the closed API per token plus a twentieth of an engineer", () => {
    // 2M × (3000 × 1.00 + 500 × 5.00) / 1M = 11,000; 0.05 × 230,000 / 12 = 958.33
    const c = costsAt(example, 2_000_000).closed_api;
    expect(c.tokensUsd).toBeCloseTo(11_000, 6);
    expect(c.staffUsd).toBeCloseTo(958.333, 2);
    expect(c.monthlyUsd).toBeCloseTo(11_958.333, 2);
    expect(c.engineers).toBeCloseTo(0.05, 9);
  });

  it("prices managed open weights per token plus a tenth of an engineer", () => {
    // 2M × (3000 × 0.15 + 500 × 0.60) / 1M = 1,500; 0.1 × 230,000 / 12 = 1,916.67
    const c = costsAt(example, 2_000_000).open_managed;
    expect(c.monthlyUsd).toBeCloseTo(3_416.667, 2);
  });

  it("sizes a self-hosted fleet from latency-bounded throughput, with two replicas at least", () => {
    // One request = 500 + 0.65 × 3000 = 2,450 output-token equivalents. A replica (one H100)
    // peaks at 6,900 × 1,650 / 1,000 = 11,385 equivalents/s; 50% usable → 2.32347 req/s.
    expect(example.replicaMonthlyRequests).toBeCloseTo(2.32347 * 0.5 * SECONDS_PER_MONTH, -2);
    const c = costsAt(example, 2_000_000).open_self_hosted;
    // Demand 0.761 req/s needs 0.66 replicas at 50% utilization: the minimum of 2 applies.
    expect(c.replicas).toBe(2);
    expect(c.gpus).toBe(2);
    // 2 replicas × 1 GPU × 2.99 × 730 h × 1.3 = 5,675.02; staff (0.75 + 2 ÷ 64) × 230,000 / 12
    // = 14,973.96.
    expect(c.gpuUsd).toBeCloseTo(5_675.02, 2);
    expect(c.staffUsd).toBeCloseTo(14_973.958, 2);
    expect(c.monthlyUsd).toBeCloseTo(20_648.978, 2);
  });

  it("adds replicas in proportion to load, running fuller on reserved GPUs, and an engineer's time for every 64 GPUs", () => {
    // The minimum of 2 serves 2 × 3,053,039 = 6,106,078 requests; each replica beyond serves
    // 2.32347 × 0.8 × 2,628,000 = 4,884,862. 500M requests: 2 + 493.9M / 4.885M ≈ 103.1 replicas,
    // the first 2 on demand at 2,837.51 USD a month and the rest reserved 30% cheaper.
    const c = costsAt(example, 500_000_000).open_self_hosted;
    expect(example.scaledReplicaMonthlyRequests).toBeCloseTo(
      1.6 * example.replicaMonthlyRequests,
      3,
    );
    expect(c.replicas).toBeCloseTo(
      2 + (500_000_000 - 2 * example.replicaMonthlyRequests) / example.scaledReplicaMonthlyRequests,
      6,
    );
    expect(c.gpus).toBe(Math.ceil(c.replicas));
    const onDemand = 2.99 * 730 * 1.3;
    expect(c.gpuUsd).toBeCloseTo(2 * onDemand + (c.replicas - 2) * onDemand * 0.7, 4);
    expect(c.engineers).toBeCloseTo(0.75 + c.replicas / 64, 9);
    expect(c.staffUsd).toBeCloseTo(c.engineers * (230_000 / 12), 6);
  });

  it("finds the crossover where the API bill meets the self-hosted fleet", () => {
    // Flat region: (20,648.98 − 958.33) / 0.0055 USD per request = 3,580,118 requests, within
    // the two replicas' capacity of 6,106,078, where self-hosting's cost is flat.
    const v = crossoverVolume(example, example.apiPerRequest, example.apiStaff);
    expect(v).not.toBeNull();
    const at = costsAt(example, v ?? 0);
    expect(at.open_self_hosted.monthlyUsd).toBeCloseTo(at.closed_api.monthlyUsd, 0);
    expect(v ?? 0).toBeLessThan(2 * example.replicaMonthlyRequests);
    expect(v ?? 0).toBeCloseTo((20_648.978 - 958.333) / 0.0055, -1);
  });

  it("reports no crossover when self-hosting's marginal cost never falls below the API's price", () => {
    // A small model with long prompts, 8,000 in / 10 out at 0.10 / 0.40 per 1M: 0.000804 USD a
    // request; on GPUs at 20 USD an hour a replica's 5.07M requests a month cost 19,279 USD,
    // 0.0038 USD a request at the margin.
    const small = costParameters(
      {
        capabilityNeed: "standard",
        aiTeam: "platform",
        infrastructure: "public_cloud",
        inputTokens: 8000,
        outputTokens: 10,
        servingPattern: "interactive",
        selfHostedShare: 70,
      },
      { ...pinned, gpuHourPrice: 20 },
      onH100,
    );
    expect(small.apiPerRequest).toBeCloseTo(0.000804, 10);
    expect(crossoverVolume(small, small.apiPerRequest, small.apiStaff)).toBeNull();
  });

  it("uses the owned-GPU price when the organization owns GPU servers", () => {
    const owned = costParameters(
      {
        capabilityNeed: "advanced",
        aiTeam: "ml_team",
        infrastructure: "on_prem_gpu",
        inputTokens: 3000,
        outputTokens: 500,
        servingPattern: "interactive",
        selfHostedShare: 70,
      },
      pinned,
      onH100,
    );
    expect(owned.gpuHourPrice).toBe(1.5);
    expect(costsAt(owned, 1_000_000).open_self_hosted.gpuUsd).toBeCloseTo(
      2 * 1 * 1.5 * 730 * 1.3,
      6,
    );
  });

  it("serves a class on the GPU content names, at that GPU's price and throughput", () => {
    const h200 = costParameters(
      {
        capabilityNeed: "advanced",
        aiTeam: "ml_team",
        infrastructure: "public_cloud",
        inputTokens: 3000,
        outputTokens: 500,
        servingPattern: "interactive",
        selfHostedShare: 70,
      },
      pinned,
      { ...onH100, medium: "H200" },
    );
    expect(h200.gpu).toBe("H200");
    expect(h200.gpuHourPrice).toBe(4);
    expect(h200.replicaMonthlyRequests).toBeCloseTo(1.4 * example.replicaMonthlyRequests, 3);
  });

  it("splits a hybrid between the fleet and the API", () => {
    const c = costsAt(example, 2_000_000);
    expect(c.hybrid.tokensUsd).toBeCloseTo(2_000_000 * 0.3 * example.apiPerRequest, 6);
    // The fleet's base team and its share for two GPUs, plus the API integration's.
    expect(c.hybrid.staffUsd).toBeCloseTo(c.open_self_hosted.staffUsd + example.apiStaff, 6);
  });
});
