import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assumptionValues } from "./evaluate";
import { costParameters, costsAt, crossoverVolume, SECONDS_PER_MONTH } from "./cost";

const defaults = assumptionValues(content, undefined);

// The worked example in cost.ts's header: a 70B-class model, 2M requests a month of 3,000 input
// and 500 output tokens, an ML team, rented H100s at the default 2.99 USD an hour.
const example = costParameters(
  {
    capabilityNeed: "advanced",
    aiTeam: "ml_team",
    infrastructure: "public_cloud",
    inputTokens: 3000,
    outputTokens: 500,
  },
  defaults,
);

describe("cost model, golden figures worked by hand", () => {
  it("prices the closed API per token plus a twentieth of an engineer", () => {
    // 2M × (3000 × 1.00 + 500 × 5.00) / 1M = 11,000; 0.05 × 230,000 / 12 = 958.33
    const c = costsAt(example, 2_000_000).closed_api;
    expect(c.tokensUsd).toBeCloseTo(11_000, 6);
    expect(c.staffUsd).toBeCloseTo(958.333, 2);
    expect(c.monthlyUsd).toBeCloseTo(11_958.333, 2);
  });

  it("sizes a self-hosted fleet from latency-bounded throughput, with two replicas at least", () => {
    // One request = 500 + 0.65 × 3000 = 2,450 output-token equivalents. A replica peaks at
    // 4,205 × 1,650 / 1,000 = 6,938.25 equivalents/s; 50% usable → 1.41597 req/s.
    expect(example.replicaMonthlyRequests).toBeCloseTo(1.41597 * 0.5 * SECONDS_PER_MONTH, -2);
    const c = costsAt(example, 2_000_000).open_self_hosted;
    // Demand 0.761 req/s needs 1.07 replicas at 50% utilization: the minimum of 2 applies.
    expect(c.replicas).toBe(2);
    expect(c.gpus).toBe(4);
    // 2 replicas × 2 GPUs × 2.99 × 730 h × 1.3 = 11,350.04; staff 0.75 × 230,000 / 12 = 14,375.
    expect(c.gpuUsd).toBeCloseTo(11_350.04, 2);
    expect(c.staffUsd).toBeCloseTo(14_375, 6);
    expect(c.monthlyUsd).toBeCloseTo(25_725.04, 2);
  });

  it("adds replicas in proportion to load beyond the minimum", () => {
    // 20M requests: 20M / 1,860,584 ≈ 10.75 replicas; GPUs billed for 11 whole replicas at peak.
    const c = costsAt(example, 20_000_000).open_self_hosted;
    expect(c.replicas).toBeCloseTo(20_000_000 / example.replicaMonthlyRequests, 6);
    expect(c.gpus).toBe(Math.ceil(c.replicas) * 2);
    expect(c.gpuUsd).toBeCloseTo(c.replicas * 2 * 2.99 * 730 * 1.3, 4);
  });

  it("finds the crossover where the API bill meets the self-hosted fleet", () => {
    // Flat region: (25,725.04 − 958.33) / 0.0055 USD per request = 4,503,038 requests,
    // beyond the 2-replica capacity of 3,721,168 → linear region:
    // (14,375 − 958.33) / (0.0055 − 5,675.02 / 1,860,584) = 5,476,478 requests a month.
    const v = crossoverVolume(example, example.apiPerRequest, example.apiStaff);
    expect(v).not.toBeNull();
    const at = costsAt(example, v ?? 0);
    expect(at.open_self_hosted.monthlyUsd).toBeCloseTo(at.closed_api.monthlyUsd, 4);
    expect(v ?? 0).toBeGreaterThan(2 * example.replicaMonthlyRequests);
    expect(v ?? 0).toBeCloseTo(5_476_478, -1);
  });

  it("reports no crossover when self-hosting's marginal cost never falls below the API's price", () => {
    // A small model with long prompts: 800 in / 20 out at 0.10 / 0.50 per 1M → 0.00009 USD a
    // request, below the fleet's marginal cost per request.
    const small = costParameters(
      {
        capabilityNeed: "standard",
        aiTeam: "platform",
        infrastructure: "public_cloud",
        inputTokens: 800,
        outputTokens: 20,
      },
      defaults,
    );
    expect(small.apiPerRequest).toBeCloseTo(0.00009, 10);
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
      },
      defaults,
    );
    expect(owned.gpuHourPrice).toBe(1.5);
    expect(costsAt(owned, 1_000_000).open_self_hosted.gpuUsd).toBeCloseTo(
      2 * 2 * 1.5 * 730 * 1.3,
      6,
    );
  });

  it("splits a hybrid between the fleet and the API", () => {
    const c = costsAt(example, 2_000_000);
    const share = defaults.hybridSelfHostedShare;
    expect(c.hybrid.tokensUsd).toBeCloseTo(2_000_000 * (1 - share) * example.apiPerRequest, 6);
    expect(c.hybrid.staffUsd).toBeCloseTo(example.selfStaff + example.apiStaff, 6);
  });
});
