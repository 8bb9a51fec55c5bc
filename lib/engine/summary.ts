/**
 * The recommendation in one sentence a board member understands, e.g. "Self-host an open-weights
 * model: your data may not leave your environment, and at 3M requests a month it costs a third of
 * the closed API." Built from content's phrases and the engine's own figures.
 */
import type { Content } from "@/content";
import { describeRatio, formatCount, formatUsd } from "@/lib/format";
import { optionHeadline } from "./names";
import type { UseCaseResult } from "./types";

type SummaryInput = Pick<
  UseCaseResult,
  "recommendation" | "runnerUp" | "drivers" | "excluded" | "cost"
>;

function because(content: Content, question: string, value: string | number): string | null {
  const q = content.questions.find((x) => x.id === question);
  if (!q || q.kind !== "choice") return null;
  return q.options.find((o) => o.value === value)?.because ?? null;
}

export function describeRecommendation(content: Content, result: SummaryInput): string {
  const { recommendation, cost } = result;
  // The answers that most separated the recommendation from the runner-up (or, when nothing else
  // remains, that most favoured it), strongest first; faint ones are left out.
  const rival = result.runnerUp;
  const lead = (d: SummaryInput["drivers"][number]) =>
    d.effects[recommendation] - (rival ? d.effects[rival] : Math.min(...Object.values(d.effects)));
  const ranked = result.drivers.filter((d) => lead(d) > 0).sort((x, y) => lead(y) - lead(x));
  const strongest = ranked[0] ? lead(ranked[0]) : 0;
  const reasons: string[] = [];
  for (const driver of ranked) {
    if (reasons.length === 2 || lead(driver) < strongest * 0.4) break;
    const phrase = because(content, driver.question, driver.value);
    if (phrase && !reasons.includes(phrase)) reasons.push(phrase);
  }

  const volume = `${formatCount(cost.monthlyRequests)} requests a month`;
  const own = cost.monthlyUsd[recommendation];
  let costClause: string;
  if (recommendation === "closed_api") {
    const selfHosted = cost.monthlyUsd.open_self_hosted;
    costClause =
      selfHosted > own
        ? `at ${volume} it costs ${formatUsd(own)} a month, against ${formatUsd(selfHosted)} to self-host`
        : `though at ${volume} self-hosting would cost ${describeRatio(selfHosted / Math.max(own, 1))} as much`;
  } else if (result.excluded.some((e) => e.option === "closed_api")) {
    costClause = `at ${volume} it costs ${formatUsd(own)} a month`;
  } else {
    const api = cost.monthlyUsd.closed_api;
    const ratio = own / Math.max(api, 1);
    costClause =
      ratio <= 0.95
        ? `and at ${volume} it costs ${describeRatio(ratio)} of the closed API`
        : ratio < 1.05
          ? `and at ${volume} it costs about the same as the closed API`
          : `though at ${volume} it costs ${describeRatio(ratio)} the closed API's ${formatUsd(api)} a month`;
  }
  const joinedReasons = reasons.join(" and ");
  const separator =
    costClause.startsWith("though") || costClause.startsWith("and") ? ", " : ", and ";
  const body = joinedReasons
    ? `${joinedReasons}${separator}${costClause}`
    : costClause.replace(/^(and|though) /, "");
  return `${optionHeadline(content, recommendation)}: ${body}.`;
}
