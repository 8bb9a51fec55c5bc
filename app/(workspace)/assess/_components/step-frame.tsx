"use client";

import type { FormEvent, KeyboardEvent, ReactNode } from "react";
import { card } from "./styles";

/** The id of every step's heading: focus moves to it when the step changes. */
export const STEP_HEADING_ID = "step-heading";

interface StepFrameProps {
  /** "Use case 2 of 4 · question 5 of 9". */
  progress: string;
  /** 0–1, for the bar under the progress text. */
  fraction?: number;
  /** Above the heading: the use case's name, or "Organization profile". */
  context?: ReactNode;
  heading: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
  /** Back, Next and any other way on; inside the form, so that Enter means Next. */
  actions: ReactNode;
  /** Next. Enter in a field or on an option submits. */
  onSubmit?: () => void;
}

/**
 * One step of the questionnaire: progress, heading, body, and the way on. A step is a form, so
 * Enter — in a field or on a chosen option — moves on, as Next does.
 */
export function StepFrame({
  progress,
  fraction,
  context,
  heading,
  intro,
  children,
  actions,
  onSubmit,
}: StepFrameProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit?.();
  };
  // Browsers do not submit a form on Enter from a radio button; the questionnaire promises it.
  const keyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target;
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    if (
      target instanceof HTMLInputElement &&
      (target.type === "radio" || target.type === "checkbox")
    ) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const body = (
    <>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p className="text-sm font-medium text-ink-muted 2xl:text-lg">{progress}</p>
        {context ? (
          <div className="text-sm font-medium text-ink-muted 2xl:text-lg">{context}</div>
        ) : null}
      </div>
      {fraction !== undefined ? (
        <div aria-hidden="true" className="mt-3 h-1 overflow-hidden rounded-full bg-surface-muted">
          <div
            className="h-full rounded-full bg-accent transition-[width]"
            style={{ width: `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%` }}
          />
        </div>
      ) : null}
      <h1
        id={STEP_HEADING_ID}
        tabIndex={-1}
        className="mt-6 text-2xl font-semibold tracking-tight text-balance text-ink focus:outline-none sm:text-3xl 2xl:mt-8 2xl:text-5xl 2xl:leading-tight"
      >
        {heading}
      </h1>
      {intro ? (
        <div className="mt-3 max-w-prose text-base leading-7 text-ink-muted 2xl:text-xl 2xl:leading-9">
          {intro}
        </div>
      ) : null}
      {children ? <div className="mt-6 2xl:mt-8">{children}</div> : null}
      {/* On phones the way on stacks full width, the main action on top and Back at the bottom. */}
      <div className="mt-8 flex flex-col-reverse gap-3 border-t border-line pt-6 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between 2xl:mt-10 max-sm:[&_:is(a,button)]:w-full">
        {actions}
      </div>
    </>
  );
  // On phones the step sits on the page itself: a card inside the page's margins wastes the width.
  const className = `${card} max-sm:rounded-none max-sm:border-0 max-sm:bg-transparent max-sm:px-0 max-sm:py-2 sm:p-8 2xl:p-12`;
  // A step without a Next of its own (the use cases, which hold forms of their own) is no form.
  return onSubmit ? (
    <form
      onSubmit={submit}
      onKeyDown={keyDown}
      noValidate
      aria-labelledby={STEP_HEADING_ID}
      className={className}
    >
      {body}
    </form>
  ) : (
    <section aria-labelledby={STEP_HEADING_ID} className={className}>
      {body}
    </section>
  );
}
