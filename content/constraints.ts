import type { z } from "zod";
import type { hardConstraintsSchema } from "./schema";

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
