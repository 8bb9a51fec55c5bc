/** Hard constraints: the options a use case's answers rule out, whatever their scores. */
import type { Content } from "@/content";
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
