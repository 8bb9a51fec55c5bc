/**
 * The drivers and the reasons: which answers moved the scores, found by taking each answer's effect
 * away (a neutral answer) and seeing how every option's score moves; and, of those, which favour
 * the recommendation over the runner-up and which speak against it. The cost at the use case's
 * volume counts as one more answer (`monthlyRequests`): its effect is measured against every option
 * rated alike on cost.
 */
import {
  isUseCaseChoiceQuestionId,
  optionIds,
  type OptionId,
  type QuestionId,
} from "@/lib/vocabulary";
import type { EngineContext, ScoredUseCase } from "./context";
import { record } from "./record";
import { round } from "./round";
import { finishScoring, rescoreWithAnswer } from "./scoring";
import type { Driver, Reason, Reasons } from "./types";

/** Drivers that move the options apart by less than this (score points) are left out. */
const DRIVER_FLOOR = 0.5;
/** Reasons worth less than this (score points) are left out. */
const REASON_FLOOR = 0.25;

interface Effect {
  question: QuestionId;
  value: string | number;
  effects: Record<OptionId, number>;
}

/** Every answer's effect on every option's score, in points, in content's question order. */
function answerEffects(ctx: EngineContext, scored: ScoredUseCase): Effect[] {
  const { model, organization, weights0 } = ctx;
  const { answers, raw, indexes, costRating, buffers } = scored;
  const { buffers: scratch, raw: rawChanged } = ctx.scratch;
  const out: Effect[] = [];
  const measure = (question: QuestionId, value: string | number, neutralQuestion = -1) => {
    if (neutralQuestion >= 0) {
      rescoreWithAnswer(
        model,
        raw,
        indexes,
        weights0,
        neutralQuestion,
        -1,
        costRating,
        rawChanged,
        scratch,
      );
    } else {
      finishScoring(model, raw, costRating, scratch, true);
    }
    const effects = record(optionIds, (_o, oi) =>
      round((buffers.scores[oi] ?? 0) - (scratch.scores[oi] ?? 0)),
    );
    out.push({ question, value, effects });
  };
  model.choiceQuestions.forEach((q, qi) => {
    if (q === "aiTeam" || q === "securityMaturity" || q === "infrastructure") {
      measure(q, organization[q], qi);
    } else if (isUseCaseChoiceQuestionId(q)) {
      measure(q, answers[q], qi);
    }
  });
  measure("monthlyRequests", answers.monthlyRequests);
  return out;
}

/** The option the reasons weigh the recommendation against: the runner-up, else the best ruled out. */
function comparisonOption(scored: ScoredUseCase): number {
  if (scored.runnerUp >= 0) return scored.runnerUp;
  let best = -1;
  for (let o = 0; o < optionIds.length; o++) {
    if (o === scored.best) continue;
    if (best < 0 || (scored.buffers.scores[o] ?? 0) > (scored.buffers.scores[best] ?? 0)) best = o;
  }
  return best;
}

export function driversAndReasons(
  ctx: EngineContext,
  scored: ScoredUseCase,
): { drivers: Driver[]; reasons: Reasons } {
  const all = answerEffects(ctx, scored);

  const drivers: Driver[] = [];
  for (const { question, value, effects } of all) {
    let towards: OptionId = "closed_api";
    let against: OptionId = "closed_api";
    for (const o of optionIds) {
      if (effects[o] > effects[towards]) towards = o;
      if (effects[o] < effects[against]) against = o;
    }
    const size = round(effects[towards] - effects[against]);
    if (size >= DRIVER_FLOOR) drivers.push({ question, value, effects, towards, against, size });
  }
  drivers.sort((x, y) => y.size - x.size);

  const recommendation = optionIds[scored.best] ?? "closed_api";
  const compared = optionIds[comparisonOption(scored)] ?? null;
  const weighed: Reason[] = compared
    ? all.map(({ question, value, effects }) => ({
        question,
        value,
        points: round(effects[recommendation] - effects[compared]),
      }))
    : [];
  return {
    drivers,
    reasons: {
      comparedWith: compared,
      for: weighed.filter((r) => r.points >= REASON_FLOOR).sort((x, y) => y.points - x.points),
      against: weighed.filter((r) => r.points <= -REASON_FLOOR).sort((x, y) => x.points - y.points),
    },
  };
}
