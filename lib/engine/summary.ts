/**
 * The recommendation in a sentence or two a board member understands, built from content's phrases
 * and the engine's own figures, and true of the answers given:
 * - the option's headline (for the hybrid, the one whose conditions hold), with the conditions it
 *   holds on ("provided …");
 * - the deciding reasons: the one or two answers that most favour it over the runner-up (cost
 *   among them when cost decides), or the constraint that leaves it alone;
 * - the money: what it costs, and what it costs more (and for what) or less than the cheapest
 *   option allowed, a month and a year.
 *
 * e.g. "Self-host an open-weights model: outputs must be traceable and reproducible and the data
 * is regulated. At 500k requests a month it costs $25.7k a month, $284k a year more than the closed
 * API, for data control and auditability."
 */
import type { Content } from "@/content";
import { formatCount, formatUsd } from "@/lib/format";
import type { OptionId } from "@/lib/vocabulary";
import { holds } from "./constraints";
import { optionHeadline, optionSubject } from "./names";
import type { ChoiceAnswers } from "./scoring";
import type { Reason, UseCaseResult } from "./types";

type SummaryInput = Pick<
  UseCaseResult,
  "recommendation" | "runnerUp" | "reasons" | "excluded" | "cost" | "caveats" | "path" | "answers"
>;

/**
 * The first move of the path that falls due within the year, in a sentence: "Expected to pass 8M
 * requests a month in month 7: then move to an open-weights model on managed hosting, saving $210k
 * a year by month 12" (the saving at the volume expected in twelve months). Null when none does.
 */
export function describeNextMove(content: Content, path: UseCaseResult["path"]): string | null {
  const step = path.steps.find((s) => s.month !== null);
  if (!step || step.month === null) return null;
  const growing = path.monthlyRequestsIn12Months >= path.monthlyRequests;
  const conditions = step.conditions.length > 0 ? `, ${step.conditions.join(", and ")}` : "";
  return `Expected to ${growing ? "pass" : "fall below"} ${formatCount(step.monthlyRequests)} requests a month in month ${step.month}: then move to ${optionSubject(content, step.option)}, saving ${formatUsd(step.annualSavingUsd)} a year by month 12${conditions}.`;
}

/** The option's headline; for the hybrid, the first of its headlines whose conditions hold. */
export function headlineFor(content: Content, option: OptionId, choices: ChoiceAnswers): string {
  if (option !== "hybrid") return optionHeadline(content, option);
  return (
    content.hybrid.headlineWhen.find((h) => holds(h.when, choices))?.headline ??
    content.hybrid.headline
  );
}

function because(
  content: Content,
  reason: { question: string; value: string | number },
): string | null {
  const q = content.questions.find((x) => x.id === reason.question);
  if (!q || q.kind !== "choice") return null;
  return q.options.find((o) => o.value === reason.value)?.because ?? null;
}

/** A reason as a clause: the answer's `because` phrase, or for cost what it says of the money. */
function reasonClause(content: Content, result: SummaryInput, reason: Reason): string | null {
  if (reason.question !== "monthlyRequests") return because(content, reason);
  const { cost, reasons } = result;
  if (cost.premium === null) return "it is the cheapest option allowed";
  return reasons.comparedWith
    ? `it costs less than ${optionSubject(content, reasons.comparedWith)}`
    : "it costs less";
}

/** Whether hard constraints leave the recommendation as the one option. */
function isForced(result: Pick<UseCaseResult, "runnerUp" | "excluded">): boolean {
  return result.runnerUp === null && result.excluded.length > 0;
}

/**
 * The reasons the summary names: the strongest for the recommendation, and the next if it weighs
 * at least 40% as much; none when a constraint leaves the option alone (the constraint is named).
 */
function decidingReasons(
  result: Pick<UseCaseResult, "runnerUp" | "excluded" | "reasons">,
): Reason[] {
  if (isForced(result)) return [];
  const strongest = result.reasons.for[0]?.points ?? 0;
  return result.reasons.for.filter((r, i) => i < 2 && r.points >= strongest * 0.4);
}

/** "$12.4k a year" for the year, from a monthly gap. */
const perYear = (monthlyUsd: number) => `${formatUsd(monthlyUsd * 12)} a year`;

/** How close two costs must be to count as the same: 2% or $50 a month. */
const negligible = (gap: number, own: number) => gap < Math.max(50, 0.02 * own);

/**
 * The money in a sentence: what the recommendation costs at the use case's volume, and what it
 * costs more than the cheapest option allowed (and for what) or, being the cheapest, less than the
 * runner-up; a month and a year. The summary ends with it; the cost section leads with it.
 */
export function describeMoney(
  content: Content,
  result: Pick<UseCaseResult, "recommendation" | "runnerUp" | "excluded" | "reasons" | "cost">,
  volumeAssumed: boolean,
): string {
  // The summary's reasons may already say it is the cheapest: then only the figures are added.
  const costSaid =
    result.cost.premium === null &&
    decidingReasons(result).some((r) => r.question === "monthlyRequests");
  const { cost, recommendation } = result;
  const own = cost.monthlyUsd[recommendation];
  const at = `At ${formatCount(cost.monthlyRequests)} requests a month${volumeAssumed ? " (assumed)" : ""}`;
  const monthly = `${formatUsd(own)} a month`;
  if (cost.premium) {
    const { against, monthlyUsd, for: bought } = cost.premium;
    if (negligible(monthlyUsd, own))
      return `${at} it costs ${monthly}, about the same as ${optionSubject(content, against)}.`;
    const forWhat = bought
      .slice(0, 2)
      .map((c) => content.criteria.find((x) => x.id === c)?.inSentence ?? c);
    return `${at} it costs ${monthly}, ${perYear(monthlyUsd)} more than ${optionSubject(content, against)}${forWhat.length > 0 ? `, for ${forWhat.join(" and ")}` : ""}.`;
  }
  if (cost.saving && !negligible(cost.saving.monthlyUsd, own))
    return costSaid
      ? `${at} it costs ${monthly}, ${perYear(cost.saving.monthlyUsd)} less than ${optionSubject(content, cost.saving.against)}.`
      : `${at} it is also the cheapest option allowed, at ${monthly}: ${perYear(cost.saving.monthlyUsd)} less than ${optionSubject(content, cost.saving.against)}.`;
  if (cost.saving)
    return `${at} it costs ${monthly}, about the same as ${optionSubject(content, cost.saving.against)}.`;
  return `${at} it costs ${monthly} (${perYear(own)}).`;
}

export function describeRecommendation(
  content: Content,
  result: SummaryInput,
  choices: ChoiceAnswers,
  /** Questions not answered: a reason resting on one is marked "(assumed)". */
  assumed: ReadonlySet<string>,
): string {
  const forced = isForced(result);
  const clauses: string[] = [];
  if (forced) {
    // Hard constraints leave the option alone: the answers they turn on are the reason.
    for (const exclusion of result.excluded) {
      const constraint = content.hardConstraints.find((c) => c.id === exclusion.constraint);
      for (const w of constraint?.when ?? []) {
        const clause = because(content, { question: w.question, value: choices[w.question] ?? "" });
        const marked = clause && assumed.has(w.question) ? `${clause} (assumed)` : clause;
        if (marked && !clauses.includes(marked)) clauses.push(marked);
      }
    }
  } else {
    for (const reason of decidingReasons(result)) {
      const clause = reasonClause(content, result, reason);
      // The cost reason rests on the volume; an assumed volume is said in the money sentence.
      const marked =
        clause && assumed.has(reason.question) && reason.question !== "monthlyRequests"
          ? `${clause} (assumed)`
          : clause;
      if (marked && !clauses.includes(marked)) clauses.push(marked);
    }
  }
  const conditions = result.caveats.map((c) => c.condition);
  // The hybrid says its split, which its cost follows.
  const split =
    result.recommendation === "hybrid"
      ? ` (${result.answers.selfHostedShare}% of the requests on your own model, the rest to the closed API)`
      : "";
  const headline = `${headlineFor(content, result.recommendation, choices)}${split}${conditions.length > 0 ? `, ${conditions.join(", and ")}` : ""}`;
  const money = describeMoney(content, result, assumed.has("monthlyRequests"));
  const move = describeNextMove(content, result.path);
  const tail = move ? `${money} ${move}` : money;
  return clauses.length > 0
    ? `${headline}: ${clauses.join(" and ")}. ${tail}`
    : `${headline}. ${tail}`;
}
