import { readFileSync, readdirSync } from "node:fs";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import {
  ASSESSMENT_SCHEMA_V1,
  linkV1ChoiceQuestionIds,
  linkV1NumberQuestionIds,
  linkV2ChoiceQuestionIds,
  linkV2NumberQuestionIds,
  useCaseQuestionIds,
} from "@/lib/vocabulary";
import { encodeBase64url } from "./base64url";
import { writeBody } from "./body";
import { ByteWriter } from "./bytes";
import {
  FLAG_DEFLATED,
  FLAG_RESERVED,
  MAX_BODY_BYTES,
  MAX_PAYLOAD_LENGTH,
  decodeShareFragment,
  encodeFrame,
  encodeShareFragment,
  shareUrl,
  type DecodeResult,
} from "./codec";
import { linkTemplateIds } from "./template-codes";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function fixture(path: string): Assessment {
  const parsed = parseAssessmentJson(readFileSync(path, "utf8"), content);
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

function kindOf(result: DecodeResult): string {
  return result.ok ? "ok" : result.error.kind;
}

const workshop = fixture("tests/fixtures/workshop-10.json");
const acme = fixture("tests/fixtures/acme-bank.json");
const workshopPayload = encodeShareFragment(workshop);

describe("round trip", () => {
  it.each([
    ["workshop-10", workshop],
    ["acme-bank", acme],
  ])("%s decodes to exactly the assessment it was made from", (_name, assessment) => {
    const decoded = decodeShareFragment(encodeShareFragment(assessment), content);
    expect(decoded).toStrictEqual({ ok: true, value: assessment });
  });

  it("meets the size goal: a 10-use-case workshop, names included, in at most 800 characters", () => {
    const url = shareUrl(workshop);
    expect(url.startsWith("/share/#1.")).toBe(true);
    expect(url.length).toBeLessThanOrEqual(800);
    // Measured when the format was fixed (docs/decisions/0003): 672. A jump means the encoder regressed.
    expect(url.length).toBeLessThanOrEqual(680);
  });

  it("is far smaller than deflated JSON, the obvious alternative", () => {
    const json = new TextEncoder().encode(JSON.stringify(workshop));
    const plainDeflate = encodeBase64url(deflateSync(json, { level: 9 }));
    expect(workshopPayload.length).toBeLessThan(plainDeflate.length * 0.5);
  });

  it("keeps the largest valid assessment within the decoder's limits", () => {
    // 100 use cases, every text at its maximum length in 3-byte characters, every id and template spelled out.
    // Pseudo-random CJK characters, so that deflate finds nothing to shorten.
    let seed = 2026;
    const nextChar = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(0x4e00 + (seed % 20000));
    };
    const wide = (length: number) => Array.from({ length }, nextChar).join("");
    const largest: Assessment = {
      schema: ASSESSMENT_SCHEMA_V1,
      title: wide(200),
      organization: {},
      useCases: Array.from({ length: 100 }, (_, i) => ({
        id: `${String(i).padStart(3, "0")}${"z".repeat(61)}`,
        name: wide(120),
        template: wide(64),
        answers: { monthlyRequests: 9_999_999_999, inputTokens: 1_999_999, outputTokens: 199_999 },
      })),
    };
    const payload = encodeShareFragment(largest);
    expect(payload.length).toBeGreaterThan(40_000);
    expect(payload.length).toBeLessThan(MAX_PAYLOAD_LENGTH);
    // Even uncompressed (the encoder never sends more than that), it fits the length limit.
    const rawBody = writeBody(largest).length;
    expect(rawBody).toBeLessThan(MAX_BODY_BYTES);
    expect(Math.ceil(((rawBody + 6) * 8) / 6) + 2).toBeLessThan(MAX_PAYLOAD_LENGTH);
    expect(decodeShareFragment(payload, content)).toStrictEqual({ ok: true, value: largest });
  });

  it("accepts the payload with or without '#', as a whole URL, and with surrounding whitespace", () => {
    for (const input of [
      workshopPayload,
      `#${workshopPayload}`,
      `/share/#${workshopPayload}`,
      `https://crossover.example/share/#${workshopPayload}`,
      `  ${workshopPayload}\n`,
    ]) {
      expect(decodeShareFragment(input, content)).toStrictEqual({ ok: true, value: workshop });
    }
  });

  it("builds the share URL from an optional base", () => {
    expect(shareUrl(acme)).toBe(`/share/#${encodeShareFragment(acme)}`);
    expect(shareUrl(acme, "https://crossover.example")).toBe(
      `https://crossover.example/share/#${encodeShareFragment(acme)}`,
    );
  });

  it("leaves a small body uncompressed when deflate would make it larger", () => {
    const tiny = fixture("tests/fixtures/links/v1-empty-portfolio.json");
    const payload = encodeShareFragment(tiny);
    expect(payload.length).toBeLessThan(50);
    expect(decodeShareFragment(payload, content)).toStrictEqual({ ok: true, value: tiny });
  });
});

describe("the formats' frozen question lists", () => {
  it("carry every use-case question exactly once between them", () => {
    // A question added to the assessment format fails here until a link format carries it: the
    // format-2 lists are frozen, so the new question needs a format 3 with its own extension.
    const carried = [
      ...linkV1ChoiceQuestionIds,
      ...linkV1NumberQuestionIds,
      ...linkV2ChoiceQuestionIds,
      ...linkV2NumberQuestionIds,
    ];
    expect(new Set(carried).size).toBe(carried.length);
    expect([...carried].sort()).toEqual([...useCaseQuestionIds].sort());
  });
});

describe("links made with every format keep opening", () => {
  const dir = "tests/fixtures/links";
  const links = readdirSync(dir).filter((f) => /^v\d+-.*\.txt$/.test(f));

  it("has frozen links of both formats to check", () => {
    expect(links.filter((f) => f.startsWith("v1-")).length).toBeGreaterThanOrEqual(5);
    expect(links.filter((f) => f.startsWith("v2-")).length).toBeGreaterThanOrEqual(1);
  });

  it("writes format 1 while an assessment needs nothing more, format 2 for the answers added since", () => {
    const v1 = fixture(`${dir}/v1-workshop-10.json`);
    expect(encodeShareFragment(v1).startsWith("1.")).toBe(true);
    const v2 = fixture(`${dir}/v2-growing-batch.json`);
    expect(encodeShareFragment(v2).startsWith("2.")).toBe(true);
    expect(decodeShareFragment(encodeShareFragment(v2), content)).toStrictEqual({
      ok: true,
      value: v2,
    });
  });

  it.each(links)("%s decodes to exactly its JSON", (file) => {
    const link = readFileSync(`${dir}/${file}`, "utf8").trim();
    const expected = fixture(`${dir}/${file.replace(/\.txt$/, ".json")}`);
    expect(decodeShareFragment(link, content)).toStrictEqual({ ok: true, value: expected });
  });
});

describe("a damaged link", { timeout: 120_000 }, () => {
  it("cut off anywhere is reported as truncated", () => {
    for (let length = 0; length < workshopPayload.length; length++) {
      const result = decodeShareFragment(workshopPayload.slice(0, length), content);
      expect(kindOf(result), `cut to ${length} characters`).toBe("truncated");
    }
  });

  it("with any one character changed is reported as corrupt, never decoded into something else", () => {
    const start = workshopPayload.indexOf(".") + 1;
    let checked = 0;
    for (let i = start; i < workshopPayload.length; i++) {
      for (const char of ALPHABET) {
        if (char === workshopPayload[i]) continue;
        const flipped = workshopPayload.slice(0, i) + char + workshopPayload.slice(i + 1);
        const kind = kindOf(decodeShareFragment(flipped, content));
        if (kind !== "corrupt") expect.fail(`changing character ${i} to "${char}" gave ${kind}`);
        checked++;
      }
    }
    expect(checked).toBe((workshopPayload.length - start) * 63);
  });

  it("with a character that base64url does not use is corrupt", () => {
    for (const char of ["=", "+", "/", "%", " ", "é", "😀"]) {
      const result = decodeShareFragment(
        `${workshopPayload.slice(0, 40)}${char}${workshopPayload.slice(41)}`,
        content,
      );
      expect(kindOf(result)).toBe("corrupt");
    }
  });

  it("with characters added is corrupt", () => {
    expect(kindOf(decodeShareFragment(`${workshopPayload}A`, content))).toBe("corrupt");
    expect(kindOf(decodeShareFragment(`${workshopPayload}AAAA`, content))).toBe("corrupt");
    expect(
      kindOf(
        decodeShareFragment(
          `${workshopPayload.slice(0, 100)}x${workshopPayload.slice(100)}`,
          content,
        ),
      ),
    ).toBe("corrupt");
  });

  it("explains itself in plain English", () => {
    const truncated = decodeShareFragment(workshopPayload.slice(0, 300), content);
    const corrupt = decodeShareFragment(
      workshopPayload.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
      content,
    );
    expect(truncated.ok || truncated.error.message).toMatch(/cut off/);
    expect(corrupt.ok || corrupt.error.message).toMatch(/damaged/);
  });
});

describe("version prefix", () => {
  it("reports a link from a newer format as future_version with a friendly message", () => {
    for (const payload of [`3.${workshopPayload.slice(2)}`, "7.AAAA", "12.xyz", "3."]) {
      const result = decodeShareFragment(payload, content);
      expect(kindOf(result), payload).toBe("future_version");
      expect(result.ok || result.error.message).toMatch(/newer version of Crossover/);
    }
  });

  it("rejects a version that never existed as corrupt", () => {
    for (const payload of [
      `0.${workshopPayload.slice(2)}`,
      `01.${workshopPayload.slice(2)}`,
      `v1.${workshopPayload.slice(2)}`,
    ]) {
      expect(kindOf(decodeShareFragment(payload, content)), payload).toBe("corrupt");
    }
  });

  it("treats a flag reserved for later v1 encoders as a newer version", () => {
    const body = writeBody(acme);
    expect(kindOf(decodeShareFragment(encodeFrame(body, FLAG_RESERVED), content))).toBe(
      "future_version",
    );
  });

  it("treats a template or weight code past today's lists as a newer version", () => {
    const writer = new ByteWriter();
    writer.string("From the future");
    writer.byte(0);
    writer.varint(1);
    writer.string("Use case");
    writer.varint(2 + linkTemplateIds.length); // one template past the frozen list
    writer.varint(0);
    writer.varint(0);
    writer.varint(0);
    writer.varint(0);
    expect(kindOf(decodeShareFragment(encodeFrame(writer.finish(), 0), content))).toBe(
      "future_version",
    );

    const weights = new ByteWriter();
    weights.string("From the future");
    weights.byte(0);
    weights.varint(0);
    weights.varint(2);
    weights.varint(99); // a criterion appended after today
    weights.number(1);
    weights.varint(0);
    expect(kindOf(decodeShareFragment(encodeFrame(weights.finish(), 0), content))).toBe(
      "future_version",
    );
  });
});

describe("input that is not a link", () => {
  it.each([[""], ["#"], ["   "], ["/share/#"], ["1"], ["1."], ["1.AAAA"]])(
    "%j is reported as truncated",
    (input) => {
      expect(kindOf(decodeShareFragment(input, content))).toBe("truncated");
    },
  );

  it.each([
    ["hello world"],
    ["{}"],
    ["#access_token=abc"],
    ["1.!!!!"],
    ["1.AAAAAAAAAAAA"],
    ["..."],
    ["1.=="],
  ])("%j is reported as corrupt", (input) => {
    expect(kindOf(decodeShareFragment(input, content))).toBe("corrupt");
  });

  it("refuses a huge input at once", () => {
    const started = performance.now();
    const result = decodeShareFragment(`1.${"A".repeat(5_000_000)}`, content);
    expect(kindOf(result)).toBe("corrupt");
    expect(result.ok || result.error.message).toMatch(/longer than any Crossover link/);
    // A length check, no decoding: milliseconds, with room for a loaded test machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a zip bomb without inflating it all", () => {
    // 1 MiB of zeros deflates to about 1 KB: a link that claims a 16× larger body than any assessment.
    const bomb = deflateSync(new Uint8Array(1 << 20), { level: 9 });
    const started = performance.now();
    const result = decodeShareFragment(encodeFrame(bomb, FLAG_DEFLATED), content);
    expect(kindOf(result)).toBe("corrupt");
    expect(result.ok || result.error.message).toMatch(/unpacks to far more/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("stops inflating a large zip bomb early: the cost does not grow with the bomb", () => {
    // 24 MiB of zeros in about 24 KB (the worst that fits the length limit is about 90 MiB).
    const bomb = deflateSync(new Uint8Array(24 << 20), { level: 9 });
    const payload = encodeFrame(bomb, FLAG_DEFLATED);
    expect(payload.length).toBeLessThanOrEqual(MAX_PAYLOAD_LENGTH);
    const started = performance.now();
    expect(kindOf(decodeShareFragment(payload, content))).toBe("corrupt");
    // Typically 10 ms (inflating it all would take hundreds); the bound only rules out a hang.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("rejects a broken deflate stream behind a correct checksum as corrupt", () => {
    expect(
      kindOf(
        decodeShareFragment(
          encodeFrame(Uint8Array.from([0xff, 0xff, 0xff]), FLAG_DEFLATED),
          content,
        ),
      ),
    ).toBe("corrupt");
    expect(
      kindOf(decodeShareFragment(encodeFrame(new Uint8Array(0), FLAG_DEFLATED), content)),
    ).toBe("corrupt");
  });
});

describe("an intact link carrying an invalid assessment", () => {
  it("is reported as invalid, with each problem's path, through the same validation as a file", () => {
    const bad: Assessment = {
      ...acme,
      useCases: [
        { id: "Not-A-Slug", name: "Upper-case id", answers: {} },
        { id: "twin", name: "First", answers: {} },
        { id: "twin", name: "Second", answers: {} },
      ],
      assumptions: { gpuHourPrice: 500 },
    };
    const result = decodeShareFragment(encodeShareFragment(bad), content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("invalid");
    expect(result.error.message).toMatch(/doesn't pass Crossover's checks/);
    expect(result.error.issues?.map((i) => i.path)).toEqual(["useCases[0].id", "useCases[2].id"]);

    const outOfRange = decodeShareFragment(
      encodeShareFragment({ ...acme, assumptions: { gpuHourPrice: 500 } }),
      content,
    );
    expect(outOfRange.ok || outOfRange.error.issues).toEqual([
      {
        path: "assumptions.gpuHourPrice",
        message: expect.stringMatching(/^expected a number from/) as unknown,
      },
    ]);
  });
});
