import { readFileSync } from "node:fs";
import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessment, parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { assessmentArbitrary } from "./arbitraries";
import { writeBody } from "./body";
import {
  FLAG_DEFLATED,
  decodeShareFragmentUnguarded,
  encodeFrame,
  encodeShareFragment,
  type DecodeResult,
} from "./codec";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("the assessment arbitrary", () => {
  it("generates only valid assessments, in the form parseAssessment returns", () => {
    fc.assert(
      fc.property(assessmentArbitrary(), (assessment) => {
        expect(parseAssessment(assessment, content)).toStrictEqual({ ok: true, value: assessment });
      }),
      { numRuns: 300 },
    );
  });
});

// Seconds each on an idle machine; the timeouts leave room for a busy one.
describe("every valid assessment round-trips exactly", { timeout: 120_000 }, () => {
  it("through encodeShareFragment and decodeShareFragment", () => {
    fc.assert(
      fc.property(assessmentArbitrary(), (assessment) => {
        const decoded = decodeShareFragmentUnguarded(encodeShareFragment(assessment), content);
        expect(decoded).toStrictEqual({ ok: true, value: assessment });
      }),
      { numRuns: 1000 },
    );
  });

  it("up to the format's 100 use cases", () => {
    fc.assert(
      fc.property(assessmentArbitrary(100), (assessment) => {
        expect(
          decodeShareFragmentUnguarded(encodeShareFragment(assessment), content),
        ).toStrictEqual({ ok: true, value: assessment });
      }),
      { numRuns: 30 },
    );
  });
});

/** What a decoder may return for any input at all: a valid assessment or a well-formed refusal. */
function expectWellFormed(result: DecodeResult): void {
  if (result.ok) {
    expect(parseAssessment(result.value, content)).toStrictEqual({ ok: true, value: result.value });
    return;
  }
  expect(["truncated", "corrupt", "future_version", "invalid"]).toContain(result.error.kind);
  expect(result.error.message.length).toBeGreaterThan(20);
  if (result.error.kind === "invalid") expect(result.error.issues?.length).toBeGreaterThan(0);
}

function fixture(path: string): Assessment {
  const parsed = parseAssessmentJson(readFileSync(path, "utf8"), content);
  if (!parsed.ok) throw new Error(path);
  return parsed.value;
}

// A pool of real assessments to damage: the fixtures and a fixed sample of generated ones.
const pool: Assessment[] = [
  fixture("tests/fixtures/workshop-10.json"),
  fixture("tests/fixtures/acme-bank.json"),
  ...fc.sample(assessmentArbitrary(6), { numRuns: 30, seed: 2026 }),
];
const poolLinks = pool.map(encodeShareFragment);
const poolBodies = pool.map((assessment) => writeBody(assessment));

const base64urlChar = fc.constantFrom(...ALPHABET);
const anyChar = fc.oneof(
  base64urlChar,
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.constantFrom(".", "#", " ", "%", "="),
);

/** One edit of a string: a changed, inserted or deleted character, or a cut. */
const stringEdit = fc.oneof(
  fc.record({
    op: fc.constant("set" as const),
    at: fc.nat(),
    char: fc.oneof({ weight: 4, arbitrary: base64urlChar }, anyChar),
  }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), char: anyChar }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), char: fc.constant("") }),
  fc.record({ op: fc.constant("cut" as const), at: fc.nat(), char: fc.constant("") }),
);

function applyStringEdit(text: string, edit: { op: string; at: number; char: string }): string {
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  if (edit.op === "set") return text.slice(0, at) + edit.char + text.slice(at + 1);
  if (edit.op === "insert") return text.slice(0, at) + edit.char + text.slice(at);
  if (edit.op === "delete") return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at);
}

/** One edit of bytes: a changed, inserted or deleted byte, or a cut. */
const byteEdit = fc.record({
  op: fc.constantFrom("set", "insert", "delete", "cut"),
  at: fc.nat(),
  value: fc.integer({ min: 0, max: 255 }),
});

function applyByteEdit(
  bytes: Uint8Array,
  edit: { op: string; at: number; value: number },
): Uint8Array {
  const list = [...bytes];
  const at = list.length === 0 ? 0 : edit.at % list.length;
  if (edit.op === "set") list[at] = edit.value;
  else if (edit.op === "insert") list.splice(at, 0, edit.value);
  else if (edit.op === "delete") list.splice(at, 1);
  else list.length = at;
  return Uint8Array.from(list);
}

const hostileInput: fc.Arbitrary<string> = fc.oneof(
  // Anything at all.
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ maxLength: 50 }),
  // Things that look like links.
  fc.string({ unit: base64urlChar, maxLength: 600 }).map((s) => `1.${s}`),
  fc
    .tuple(fc.nat({ max: 20 }), fc.string({ unit: base64urlChar, maxLength: 100 }))
    .map(([v, s]) => `${v}.${s}`),
  fc.string({ unit: base64urlChar, maxLength: 600 }),
  // Real links, damaged as they are when sent around: characters changed, added, lost, cut.
  fc
    .tuple(
      fc.nat({ max: poolLinks.length - 1 }),
      fc.array(stringEdit, { minLength: 1, maxLength: 4 }),
    )
    .map(([i, edits]) => edits.reduce(applyStringEdit, poolLinks[i] ?? "")),
  // Bodies damaged behind a correct checksum, so that the body reader and validation see them.
  fc
    .tuple(
      fc.nat({ max: poolBodies.length - 1 }),
      fc.array(byteEdit, { minLength: 1, maxLength: 4 }),
      fc.boolean(),
    )
    .map(([i, edits, deflate]) => {
      const body = edits.reduce(applyByteEdit, poolBodies[i] ?? new Uint8Array());
      return deflate
        ? encodeFrame(deflateSync(body, { level: 9 }), FLAG_DEFLATED)
        : encodeFrame(body, 0);
    }),
  // Random bytes behind a correct checksum, read as a raw body or as a deflate stream.
  fc
    .tuple(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 0, max: 3 }))
    .map(([bytes, flags]) => encodeFrame(bytes, flags)),
);

describe(
  "any input is decoded or refused, never an exception or a hang",
  { timeout: 120_000 },
  () => {
    it("10,000 random and damaged links", () => {
      let slowest = 0;
      let slowestInput = "";
      const kinds = new Map<string, number>();
      fc.assert(
        fc.property(hostileInput, (input) => {
          const started = performance.now();
          const result = decodeShareFragmentUnguarded(input, content);
          const took = performance.now() - started;
          if (took > slowest) {
            slowest = took;
            slowestInput = input;
          }
          expectWellFormed(result);
          const kind = result.ok ? "ok" : result.error.kind;
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        }),
        { numRuns: 10_000 },
      );
      // Typical inputs take well under a millisecond; the bound leaves room for a loaded machine.
      expect(slowest, `slowest input: ${slowestInput.slice(0, 80)}…`).toBeLessThan(2000);
      // The generators reach every outcome, so each branch above was exercised.
      expect([...kinds.keys()].sort()).toEqual([
        "corrupt",
        "future_version",
        "invalid",
        "ok",
        "truncated",
      ]);
    });
  },
);
