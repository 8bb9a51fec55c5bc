/**
 * `npm run prices:check`: compares the prices in content/assumptions.ts with the open price
 * dataset they name (`@pydantic/genai-prices`, MIT, installed as a dev dependency and read from
 * disk, never from the network), and lists the prices more than six months old.
 *
 * Prints one line per price checked and a summary. Exits with status 1 when a price differs from
 * the dataset, the dataset no longer has the model, or a price is more than six months old: the
 * content needs a look. Not part of `npm test`: its answer changes with the calendar and with the
 * dataset's releases, and the tests must not.
 *
 * `--today=YYYY-MM-DD` reckons ages from another day.
 */
import { calcPrice } from "@pydantic/genai-prices";
import { content as authoredContent, type Content } from "@/content";
import { validateContent } from "@/content/validate";
import { isPrice, isStale } from "@/lib/view/freshness";
import { formatAsOf } from "@/lib/view/format";

/** The dataset's input and output prices (USD per 1M tokens) of a model at a provider, or null. */
export type PriceLookup = (
  provider: string,
  model: string,
) => { input: number; output: number } | null;

export interface PriceFinding {
  id: string;
  label: string;
  value: number;
  asOf: string;
  /** The dataset's figure for it; null when the assumption names none or the dataset lacks it. */
  dataset: { provider: string; model: string; value: number | null } | null;
  problems: string[];
}

/** Relative difference below which a content price and the dataset's agree (rounding). */
const TOLERANCE = 0.005;

export function checkPrices(content: Content, lookup: PriceLookup, today: Date): PriceFinding[] {
  return content.assumptions.filter(isPrice).map((a) => {
    const problems: string[] = [];
    let dataset: PriceFinding["dataset"] = null;
    if (a.dataset) {
      const found = lookup(a.dataset.provider, a.dataset.model);
      const value = found ? found[a.dataset.price] : null;
      dataset = { provider: a.dataset.provider, model: a.dataset.model, value };
      if (value === null) problems.push("the dataset has no price for this model");
      else if (Math.abs(value - a.value) > TOLERANCE * Math.max(value, a.value))
        problems.push(`differs from the dataset's ${value}`);
    }
    if (isStale(a.asOf, today))
      problems.push(`more than six months old (as of ${formatAsOf(a.asOf)})`);
    return { id: a.id, label: a.label, value: a.value, asOf: a.asOf, dataset, problems };
  });
}

export const genaiPrices: PriceLookup = (provider, model) => {
  const r = calcPrice({ input_tokens: 1e6, output_tokens: 1e6 }, model, { providerId: provider });
  return r ? { input: Number(r.input_price), output: Number(r.output_price) } : null;
};

export function report(findings: readonly PriceFinding[]): string {
  const lines = findings.map((f) => {
    const source = f.dataset
      ? `genai-prices ${f.dataset.provider}/${f.dataset.model}: ${f.dataset.value ?? "none"}`
      : "no dataset figure (sourced by hand)";
    const verdict = f.problems.length === 0 ? "ok" : f.problems.join("; ");
    return `${f.problems.length === 0 ? "  " : "! "}${f.id} = ${f.value} (${formatAsOf(f.asOf)}) · ${source} · ${verdict}`;
  });
  const flagged = findings.filter((f) => f.problems.length > 0).length;
  lines.push(
    flagged === 0
      ? `${findings.length} prices checked: all agree with the dataset and are under six months old.`
      : `${findings.length} prices checked: ${flagged} need a look (marked !).`,
  );
  return `${lines.join("\n")}\n`;
}

function main(argv: readonly string[]): number {
  const flag = argv.find((a) => a.startsWith("--today="));
  const today = flag ? new Date(`${flag.slice("--today=".length)}T00:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) {
    process.stderr.write("usage: npm run prices:check [-- --today=YYYY-MM-DD]\n");
    return 2;
  }
  const findings = checkPrices(validateContent(authoredContent), genaiPrices, today);
  process.stdout.write(report(findings));
  return findings.some((f) => f.problems.length > 0) ? 1 : 0;
}

if (process.argv[1]?.endsWith("prices-check.ts")) process.exitCode = main(process.argv.slice(2));
