/**
 * Random organizations and answers for the engine's property tests (properties.test.ts,
 * argument.test.ts): every value of every choice, and numbers across the format's ranges.
 */
import fc from "fast-check";
import type { Answers, Organization } from "@/lib/assessment/schema";
import {
  aiTeamLevels,
  auditabilityLevels,
  capabilityNeedLevels,
  customizationLevels,
  dataSensitivityLevels,
  exposureLevels,
  infrastructureKinds,
  lockInToleranceLevels,
  securityMaturityLevels,
  servingPatternLevels,
  strategicImportanceLevels,
  timeToValueLevels,
} from "@/lib/vocabulary";

/** Every organization answer; `partial`: any of them may be missing. */
export function organizationArbitrary({ partial = false } = {}): fc.Arbitrary<Organization> {
  return fc.record(
    {
      aiTeam: fc.constantFrom(...aiTeamLevels),
      securityMaturity: fc.constantFrom(...securityMaturityLevels),
      infrastructure: fc.constantFrom(...infrastructureKinds),
    },
    partial ? { requiredKeys: [] } : {},
  );
}

/**
 * A use case's answers. `volume` and the token sizes default to the format's whole ranges;
 * `partial`: any answer may be missing. The volume in twelve months is left to each test.
 */
export function answersArbitrary({
  partial = false,
  volume = fc.integer({ min: 0, max: 1e10 }),
  inputTokens = fc.integer({ min: 1, max: 200_000 }),
  outputTokens = fc.integer({ min: 1, max: 20_000 }),
}: {
  partial?: boolean;
  volume?: fc.Arbitrary<number>;
  inputTokens?: fc.Arbitrary<number>;
  outputTokens?: fc.Arbitrary<number>;
} = {}): fc.Arbitrary<Answers> {
  return fc.record(
    {
      dataSensitivity: fc.constantFrom(...dataSensitivityLevels),
      monthlyRequests: volume,
      inputTokens,
      outputTokens,
      strategicImportance: fc.constantFrom(...strategicImportanceLevels),
      auditability: fc.constantFrom(...auditabilityLevels),
      customization: fc.constantFrom(...customizationLevels),
      capabilityNeed: fc.constantFrom(...capabilityNeedLevels),
      timeToValue: fc.constantFrom(...timeToValueLevels),
      exposure: fc.constantFrom(...exposureLevels),
      lockInTolerance: fc.constantFrom(...lockInToleranceLevels),
      servingPattern: fc.constantFrom(...servingPatternLevels),
      selfHostedShare: fc.integer({ min: 0, max: 100 }),
    },
    partial ? { requiredKeys: [] } : {},
  );
}
