/** Names from content that the engine's own sentences use. */
import type { Content } from "@/content";
import type { OptionId, QuestionId } from "@/lib/vocabulary";

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
