import { Link } from "@/components/link";
import type { ReactNode } from "react";
import type { QuestionId } from "@/lib/vocabulary";
import { questionHref, type ResultsSource } from "@/lib/view/links";

/** A link to the question in the questionnaire, or plain text where there is nothing to edit. */
export function QuestionLink({
  source,
  useCaseId,
  question,
  children,
  className = "",
}: {
  source: ResultsSource;
  useCaseId: string;
  question: QuestionId;
  children: ReactNode;
  className?: string;
}) {
  const href = questionHref(source, useCaseId, question);
  if (!href) return <span className={className}>{children}</span>;
  return (
    <Link
      href={href}
      className={`font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent ${className}`}
    >
      {children}
    </Link>
  );
}
