/**
 * The drivers: which answers moved the scores, found by taking each answer's effect away (a
 * neutral answer) and seeing how every option's score moves.
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
import type { Driver } from "./types";

/** Every answer that moved the scores by half a point or more, largest first. */
export function driversOf(ctx: EngineContext, scored: ScoredUseCase): Driver[] {
  const { model, organization, weights0 } = ctx;
  const { answers, raw, indexes, costRating, buffers } = scored;
  const { buffers: scratch, raw: rawChanged } = ctx.scratch;
  const drivers: Driver[] = [];
  const addDriver = (question: QuestionId, value: string | number, neutralQuestion = -1) => {
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
    let towards: OptionId = "closed_api";
    let against: OptionId = "closed_api";
    for (const o of optionIds) {
      if (effects[o] > effects[towards]) towards = o;
      if (effects[o] < effects[against]) against = o;
    }
    const size = round(effects[towards] - effects[against]);
    if (size >= 0.5) drivers.push({ question, value, effects, towards, against, size });
  };
  model.choiceQuestions.forEach((q, qi) => {
    if (q === "aiTeam" || q === "securityMaturity" || q === "infrastructure") {
      addDriver(q, organization[q], qi);
    } else if (isUseCaseChoiceQuestionId(q)) {
      addDriver(q, answers[q], qi);
    }
  });
  addDriver("monthlyRequests", answers.monthlyRequests);
  drivers.sort((x, y) => y.size - x.size);
  return drivers;
}
