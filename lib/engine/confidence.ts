/**
 * How sure the engine is of a recommendation, 0.05–0.99 (higher is surer), and why it is not
 * surer, in plain language.
 *
 * confidence = min(margin part × answers part, every cap that applies), where
 * - the margin part is 0.5–1: 0.5 + 0.5 × (the lead the recommendation keeps whatever the
 *   unanswered questions turn out to be ÷ `decisiveMargin`) (robust.ts);
 * - the answers part is 0.5–1: 1 − `confidencePerAssumed` for each unanswered question (half for
 *   one the template answers), 0.5 at the least;
 * - caps (0.5–0.95): the caveats of content/constraints.ts that apply, and an implausible volume.
 *
 * The promise this keeps, held by a property test: removing an answer, or letting a template's
 * answer give way to content's default, never raises the confidence. The margin part only falls
 * (robust.ts), the answers part only falls, a cap that could apply to an unknown answer is applied,
 * and because no cap is below 0.5, a recommendation that changes when an answer is removed (whose
 * margin part is then 0.5) can never come out above the one it replaces.
 */
import type { Content } from "@/content";
import { formatCount, formatList } from "@/lib/format";
import { optionIds, type OptionId } from "@/lib/vocabulary";
import type { EngineContext, ScoredUseCase } from "./context";
import { optionName, questionLabel } from "./names";
import { knowledgeOf, possiblyExcluded, robustMargin, type Knowledge } from "./robust";
import { round } from "./round";
import type { ScoringModel } from "./scoring";
import { answerFlips } from "./flips";
import type { Flip, UseCaseResult } from "./types";

/** The monthly volumes a use case can plausibly serve (content's `scoring.plausibleVolume`). */
export function plausibleVolume(
  content: Content,
  template: string | null | undefined,
): { min: number; max: number } {
  const { min, beyondLargestPreset, max } = content.scoring.plausibleVolume;
  const presets = content.templates.find((t) => t.id === template)?.volumePresets ?? [];
  const largest = Math.max(0, ...presets.map((p) => p.monthlyRequests));
  return { min, max: largest > 0 ? largest * beyondLargestPreset : max };
}

/** Whether a caveat's conditions could hold in some completion of the answers. */
function caveatCouldApply(
  model: ScoringModel,
  knowledge: Knowledge,
  when: readonly { question: string; in: readonly string[] }[],
): boolean {
  return when.every((w) => {
    const qi = model.choiceQuestions.findIndex((q) => q === w.question);
    return (knowledge.values[qi] ?? []).some((vi) => w.in.includes(model.values[qi]?.[vi] ?? ""));
  });
}

export function confidenceOf(
  ctx: EngineContext,
  scored: ScoredUseCase,
  template: string | null,
  /**
   * Every single answer change that would change the recommendation, when already worked out for
   * the flips; otherwise those of the unanswered questions are worked out here. Either way the
   * same reasons come out.
   */
  known: readonly Extract<Flip, { kind: "answer" }>[] | null = null,
): Pick<UseCaseResult, "confidence" | "confidenceLabel" | "confidenceReasons"> & {
  /** The caveats that apply at the answers as given and assumed, for the headline. */
  caveats: { id: string; condition: string }[];
} {
  const { content, model } = ctx;
  const { decisiveMargin, confidencePerAssumed, plausibleVolume: volumeRule } = content.scoring;
  const { buffers, best, runnerUp } = scored;
  const recommendation: OptionId = optionIds[best] ?? "closed_api";
  const reasons: string[] = [];

  // The volume expected in a year shapes the path, never the recommendation: not knowing it costs
  // no confidence in the recommendation.
  const allAssumed = [...ctx.assumedOrganization, ...scored.assumed].filter(
    (a) => a.question !== "monthlyRequestsIn12Months",
  );
  const unknown = new Set<string>(allAssumed.map((a) => a.question));
  const knowledge = knowledgeOf(model, scored, unknown);

  // The margin part.
  const margin = robustMargin(ctx, scored, best, knowledge);
  let confidence = 0.5 + 0.5 * Math.min(1, Math.max(0, margin) / decisiveMargin);
  const pointMargin =
    runnerUp >= 0 ? (buffers.scores[best] ?? 0) - (buffers.scores[runnerUp] ?? 0) : Infinity;
  const rival = runnerUp >= 0 ? (optionIds[runnerUp] ?? null) : null;
  if (rival && pointMargin < decisiveMargin) {
    reasons.push(
      `${optionName(content, rival)} is close behind (${round(pointMargin, 1)} points).`,
    );
  }

  // The answers part.
  if (allAssumed.length > 0) {
    const loss = allAssumed.reduce(
      (s, x) => s + (x.source === "template" ? confidencePerAssumed / 2 : confidencePerAssumed),
      0,
    );
    confidence *= Math.max(0.5, 1 - loss);
    const n = allAssumed.length;
    reasons.push(
      `${n} question${n === 1 ? " is" : "s are"} not answered yet, so ${n === 1 ? "its answer was" : "their answers were"} assumed: ${allAssumed
        .map((x) => questionLabel(content, x.question).toLowerCase())
        .join(", ")}.`,
    );
    if (margin < pointMargin && margin < decisiveMargin) {
      // The unanswered questions that could change it on their own.
      const changes = known ?? answerFlips(ctx, scored, unknown);
      const deciding = [
        ...new Set(changes.filter((f) => unknown.has(f.question)).map((f) => f.question)),
      ];
      reasons.push(
        deciding.length > 0
          ? `Of those, ${formatList(deciding.map((q) => questionLabel(content, q).toLowerCase()))} could change the recommendation on ${deciding.length === 1 ? "its" : "their"} own: answer ${deciding.length === 1 ? "it" : "them"} first.`
          : margin <= 0
            ? "Together, those answers could change the recommendation: answering them settles it."
            : "Those answers could narrow the lead: answering them settles it.",
      );
    }
  }

  // Caps: caveats that apply (or could, to answers not given), and an implausible volume.
  const caveats: { id: string; condition: string }[] = [];
  const otherOptions = optionIds.reduce((m, _o, i) => (i === best ? m : m | (1 << i)), 0);
  const forcedNow = runnerUp < 0 && scored.excluded !== 0;
  const couldBeForced = (possiblyExcluded(model, knowledge) & otherOptions) === otherOptions;
  for (const caveat of content.caveats) {
    if (!caveat.options.includes(recommendation)) continue;
    const appliesNow =
      caveat.when.every((w) => w.in.includes(scored.choices[w.question] ?? "")) &&
      (!caveat.onlyWhenForced || forcedNow);
    const couldApply =
      caveatCouldApply(model, knowledge, caveat.when) && (!caveat.onlyWhenForced || couldBeForced);
    if (couldApply) confidence = Math.min(confidence, caveat.confidenceCap);
    if (appliesNow) {
      caveats.push({ id: caveat.id, condition: caveat.condition });
      if (!reasons.includes(caveat.reason)) reasons.push(caveat.reason);
    }
  }
  const volume = scored.answers.monthlyRequests;
  const plausible = plausibleVolume(content, template);
  const volumeUnknown = unknown.has("monthlyRequests");
  if (volumeUnknown || volume < plausible.min || volume > plausible.max) {
    confidence = Math.min(confidence, volumeRule.cap);
    if (!volumeUnknown) reasons.push(implausibleVolumeReason(volume, plausible));
  }

  confidence = round(Math.min(0.99, Math.max(0.05, confidence)));
  const confidenceLabel = confidence >= 0.75 ? "high" : confidence >= 0.55 ? "medium" : "low";
  return { confidence, confidenceLabel, confidenceReasons: reasons, caveats };
}

/** Why a volume is implausible, in words (the questionnaire says the same as you type). */
export function implausibleVolumeReason(
  volume: number,
  plausible: { min: number; max: number },
): string {
  if (volume === 0)
    return "The volume is 0 requests a month: there is nothing to serve, so the costs say nothing yet. Enter the volume you expect.";
  if (volume < plausible.min)
    return `At ${volume} requests a month there is too little use to weigh the options' costs: check the volume.`;
  return `${formatCount(volume)} requests a month is far beyond what a use case like this usually serves (up to about ${formatCount(plausible.max)}): check the volume.`;
}
