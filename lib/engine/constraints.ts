/** Hard constraints: the options a use case's answers rule out, whatever their scores. */
import type { Content } from "@/content";
import { optionIds } from "@/lib/vocabulary";
import type { ChoiceAnswers } from "./scoring";
import type { Exclusion } from "./types";

/** Whether every condition holds for the answers. */
export function holds(
  when: readonly { question: string; in: readonly string[] }[],
  choices: ChoiceAnswers,
): boolean {
  return when.every((w) => w.in.includes(choices[w.question] ?? ""));
}

/** The options ruled out, each once, with the first constraint that rules it out. */
export function exclusions(content: Content, choices: ChoiceAnswers): Exclusion[] {
  const all = content.hardConstraints.flatMap((c) =>
    holds(c.when, choices)
      ? c.excludes.map((option) => ({ option, constraint: c.id, reason: c.reason }))
      : [],
  );
  return all.filter((e, i) => all.findIndex((x) => x.option === e.option) === i);
}

/**
 * A hybrid needs a split: with none of the requests on its own model it is the closed API, with
 * all of them it is self-hosting, and there is nothing to route. It is ruled out then (not a
 * content constraint: it follows from the use case's own split).
 */
export const NO_SPLIT: Exclusion = {
  option: "hybrid",
  constraint: "no-split",
  reason:
    "A hybrid needs a split: with 0% of the requests on your own model it is the closed API, with 100% it is self-hosting.",
};

/** Bit mask of what the split rules out: the hybrid at 0% or 100%. */
export function splitMask(selfHostedShare: number): number {
  return selfHostedShare <= 0 || selfHostedShare >= 100 ? 1 << optionIds.indexOf("hybrid") : 0;
}
