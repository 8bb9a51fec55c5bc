/** Names of options and questions, from content, for the engine's sentences and the screens. */
import type { Content } from "@/content";
import type { OptionId, QuestionId } from "@/lib/vocabulary";

/** The option's full name from content ("Closed model via API"). */
export function optionName(content: Content, option: OptionId): string {
  return option === "hybrid"
    ? content.hybrid.name
    : (content.sourcingOptions.find((o) => o.id === option)?.name ?? option);
}

export function optionHeadline(content: Content, option: OptionId): string {
  if (option === "hybrid") return content.hybrid.headline;
  return content.sourcingOptions.find((o) => o.id === option)?.headline ?? option;
}

export function questionLabel(content: Content, question: QuestionId): string {
  return content.questions.find((q) => q.id === question)?.shortLabel ?? question;
}

/**
 * The option as the subject or object of a sentence ("the closed API would win", "$48k a year more
 * than the closed API"). Written here rather than in content because it is grammar, not domain
 * knowledge: it follows the short name.
 */
export function optionSubject(_content: Content, option: OptionId): string {
  switch (option) {
    case "closed_api":
      return "the closed API";
    case "open_managed":
      return "an open-weights model on managed hosting";
    case "open_self_hosted":
      return "a self-hosted open-weights model";
    case "hybrid":
      return "the hybrid";
  }
}
