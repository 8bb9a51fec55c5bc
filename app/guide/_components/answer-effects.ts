import type { Content } from "@/content";

type Criterion = Content["criteria"][number];
type SourcingOption = Content["sourcingOptions"][number];
type AnswerEffect = Extract<
  Content["questions"][number],
  { kind: "choice" }
>["options"][number]["effects"];

export type WeightChange = { criterion: Criterion; factor: number };
export type RatingChange = { criterion: Criterion; delta: number };
/** Options whose ratings one answer moves in exactly the same way, listed together. */
export type RatingShift = {
  options: SourcingOption[];
  direction: "up" | "down" | "mixed";
  changes: RatingChange[];
};

export type AnswerEffectsInWords = {
  weighsMore: WeightChange[];
  weighsLess: WeightChange[];
  ratingShifts: RatingShift[];
};

/**
 * Restates an answer's effects from content in the guide's terms, without scoring anything:
 * which criteria it makes count more or less, and which options' ratings it moves. Options with
 * identical changes are grouped so that "Closed API and Open, managed rate lower" reads as one.
 */
export function describeAnswerEffects(
  effects: AnswerEffect,
  criteria: readonly Criterion[],
  sourcingOptions: readonly SourcingOption[],
): AnswerEffectsInWords {
  const weights = effects.weights ?? {};
  const weightChanges = criteria.flatMap((criterion): WeightChange[] => {
    const factor = weights[criterion.id];
    return factor === undefined || factor === 1 ? [] : [{ criterion, factor }];
  });

  const shiftsByKey = new Map<string, RatingShift>();
  for (const option of sourcingOptions) {
    const adjustments = effects.ratings?.[option.id] ?? {};
    const changes = criteria.flatMap((criterion): RatingChange[] => {
      const delta = adjustments[criterion.id];
      return delta === undefined || delta === 0 ? [] : [{ criterion, delta }];
    });
    if (changes.length === 0) continue;
    const key = changes.map(({ criterion, delta }) => `${criterion.id}:${delta}`).join("|");
    const existing = shiftsByKey.get(key);
    if (existing) {
      existing.options.push(option);
      continue;
    }
    const direction = changes.every(({ delta }) => delta > 0)
      ? "up"
      : changes.every(({ delta }) => delta < 0)
        ? "down"
        : "mixed";
    shiftsByKey.set(key, { options: [option], direction, changes });
  }

  return {
    weighsMore: weightChanges.filter(({ factor }) => factor > 1),
    weighsLess: weightChanges.filter(({ factor }) => factor < 1),
    ratingShifts: [...shiftsByKey.values()],
  };
}
