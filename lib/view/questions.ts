/** Questions and answers in words, from content: "Data sensitivity", "Confidential". */
import type { Content } from "@/content";
import type { QuestionId } from "@/lib/vocabulary";
import { formatCount } from "@/lib/format";

type Question = Content["questions"][number];

export function findQuestion(content: Content, question: QuestionId): Question | undefined {
  return content.questions.find((q) => q.id === question);
}

/** A few words for tables and sentences ("Data sensitivity"). */
export function questionShortLabel(content: Content, question: QuestionId): string {
  return findQuestion(content, question)?.shortLabel ?? question;
}

/**
 * An answer in words: a choice's label ("Confidential"), or a number with its unit
 * ("200k requests per month", "3,000 input tokens per request").
 */
export function answerLabel(
  content: Content,
  question: QuestionId,
  value: string | number,
): string {
  const q = findQuestion(content, question);
  if (!q) return String(value);
  if (q.kind === "number") {
    const n = typeof value === "number" ? value : Number(value);
    return `${formatCount(n)} ${q.unit}`;
  }
  return q.options.find((o) => o.value === value)?.label ?? String(value);
}

/**
 * The label as it reads inside a sentence: the first letter lowered unless the word is an
 * acronym ("Internal" → "internal", "AI team" stays).
 */
export function inSentence(label: string): string {
  const [first, second] = label;
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) {
    return label;
  }
  return first.toLowerCase() + label.slice(1);
}
