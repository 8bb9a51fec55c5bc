import type { z } from "zod";
import type { caveatsSchema, hardConstraintsSchema } from "./schema";

/**
 * Hard constraints: when every condition holds, the options listed are ruled out, whatever
 * their scores. The reason is shown to the user beside each excluded option.
 */
export const hardConstraints = [
  {
    id: "restricted-data-stays-inside",
    when: [{ question: "dataSensitivity", in: ["restricted"] }],
    excludes: ["closed_api", "open_managed", "hybrid"],
    reason:
      "The data must not leave your environment under any contract, so no option that sends it to a provider can be used.",
  },
  {
    id: "no-single-vendor",
    when: [{ question: "lockInTolerance", in: ["unacceptable"] }],
    excludes: ["closed_api", "hybrid"],
    reason:
      "Depending on a single vendor is unacceptable, and a closed model can only be used through its vendor.",
  },
] satisfies z.input<typeof hardConstraintsSchema>;

/**
 * Caveats: recommendations that hold only on a condition. The headline says "provided …", the
 * confidence is held at or below the cap, and the reason is listed with the confidence.
 */
export const caveats = [
  {
    id: "regulated-data-under-contract",
    options: ["closed_api", "open_managed", "hybrid"],
    when: [{ question: "dataSensitivity", in: ["regulated"] }],
    onlyWhenForced: false,
    condition:
      "provided the provider signs a data-processing agreement with zero data retention (a BAA for health data) and processes the data in your region",
    reason:
      "Regulated data goes to an outside provider: this holds only under a data-processing agreement with zero data retention (a BAA for health data) that your data-protection officer accepts.",
    confidenceCap: 0.7,
  },
  {
    id: "confidential-data-under-terms",
    options: ["closed_api", "open_managed"],
    when: [{ question: "dataSensitivity", in: ["confidential"] }],
    onlyWhenForced: false,
    condition:
      "provided the provider's enterprise terms exclude training on your data and retaining it",
    reason:
      "Confidential data goes to an outside provider: this holds only under enterprise terms that exclude training on it and retaining it.",
    confidenceCap: 0.9,
  },
  {
    id: "open-model-below-frontier",
    options: ["open_managed", "open_self_hosted"],
    when: [{ question: "capabilityNeed", in: ["frontier"] }],
    onlyWhenForced: false,
    condition: "provided an open model reaches the quality you need on your own test cases",
    reason:
      "The task needs frontier quality and the best open models may not reach it: compare them with a closed model on your own cases before committing.",
    confidenceCap: 0.58,
  },
  {
    id: "forced-without-a-team",
    options: ["open_self_hosted", "hybrid"],
    when: [{ question: "aiTeam", in: ["none", "generalist"] }],
    onlyWhenForced: true,
    condition: "once you have the engineers to run it",
    reason:
      "A hard constraint leaves only this option, and your organization does not yet have the engineers to run it: plan the team first.",
    confidenceCap: 0.6,
  },
  {
    id: "forced-without-servers",
    options: ["open_self_hosted", "hybrid"],
    when: [{ question: "infrastructure", in: ["saas_only"] }],
    onlyWhenForced: true,
    condition: "once you have a platform to run it on",
    reason:
      "A hard constraint leaves only this option, and your organization runs no servers yet: plan the platform first.",
    confidenceCap: 0.6,
  },
] satisfies z.input<typeof caveatsSchema>;
