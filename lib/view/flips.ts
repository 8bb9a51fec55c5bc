/**
 * What would change the answer, in words: the engine's flips as sentences a workshop can read out.
 * "If data sensitivity were “internal”, the closed API would win."
 */
import type { Content } from "@/content";
import type { Flip, UseCaseResult } from "@/lib/engine";
import { formatCount } from "@/lib/format";
import { formatNumber } from "./format";
import { optionSubject } from "./options";
import { answerLabel, inSentence, questionShortLabel } from "./questions";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One flip as a sentence. */
export function flipSentence(content: Content, flip: Flip): string {
  const winner = optionSubject(content, flip.recommendation);
  switch (flip.kind) {
    case "answer": {
      const question = inSentence(questionShortLabel(content, flip.question));
      const to = inSentence(answerLabel(content, flip.question, flip.to));
      return `If ${question} were “${to}”, ${winner} would win.`;
    }
    case "volume": {
      const side = flip.direction === "below" ? "Below" : "Above";
      return `${side} ${formatCount(flip.threshold)} requests a month, ${winner} would win.`;
    }
    case "weight": {
      const name = content.criteria.find((c) => c.id === flip.criterion)?.name ?? flip.criterion;
      const move = flip.to > flip.from ? "rose" : "fell";
      return `If the weight of “${inSentence(name)}” ${move} from ${formatNumber(flip.from)} to ${formatNumber(flip.to)}, ${winner} would win.`;
    }
  }
}

export interface FlipGroups {
  /** Single answers that would change the recommendation. */
  answers: { flip: Extract<Flip, { kind: "answer" }>; sentence: string }[];
  /** Volumes at which it changes (at most one below and one above). */
  volume: { flip: Extract<Flip, { kind: "volume" }>; sentence: string }[];
  /** Criterion weights that would change it. */
  weights: { flip: Extract<Flip, { kind: "weight" }>; sentence: string }[];
}

/** The use case's flips grouped by kind, in the engine's order, each with its sentence. */
export function flipGroups(content: Content, result: Pick<UseCaseResult, "flips">): FlipGroups {
  const groups: FlipGroups = { answers: [], volume: [], weights: [] };
  for (const flip of result.flips) {
    const sentence = flipSentence(content, flip);
    if (flip.kind === "answer") groups.answers.push({ flip, sentence });
    else if (flip.kind === "volume") groups.volume.push({ flip, sentence });
    else groups.weights.push({ flip, sentence });
  }
  return groups;
}

/** How many flips a use case shows before "Show all". */
export const FLIPS_SHOWN = 3;

/** The use case's flips nearest first (the engine's order), each with its sentence. */
export function rankedFlips(
  content: Content,
  result: Pick<UseCaseResult, "flips">,
): { flip: Flip; sentence: string }[] {
  return result.flips.map((flip) => ({ flip, sentence: flipSentence(content, flip) }));
}

/** Said when the engine found no flip at all. */
export function noFlipSentence(
  content: Content,
  result: Pick<UseCaseResult, "recommendation">,
): string {
  return `${capitalize(optionSubject(content, result.recommendation))} stays the recommendation whichever single answer, volume or weight changes.`;
}
