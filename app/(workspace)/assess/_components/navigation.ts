"use client";

import type { MouseEvent } from "react";
import type { StepAddress } from "@/components/questionnaire/progress";

/**
 * Addresses of the assessment screens (others link to these; see the URL contract):
 * `/assess/` lists the assessments; `?a=` opens one, `&u=` a use case, `&q=` a question, and
 * `&step=` the screens that are not questions.
 */
export function assessHref(localId?: string, address: StepAddress = {}): string {
  const params = new URLSearchParams();
  if (localId !== undefined) params.set("a", localId);
  if (address.useCaseId !== undefined) params.set("u", address.useCaseId);
  if (address.questionId !== undefined) params.set("q", address.questionId);
  if (address.step !== undefined) params.set("step", address.step);
  const query = params.toString();
  return query ? `/assess/?${query}` : "/assess/";
}

/** The results of an assessment, or of one of its use cases. */
export function resultsHref(localId: string, useCaseId?: string): string {
  const params = new URLSearchParams({ a: localId });
  if (useCaseId !== undefined) params.set("u", useCaseId);
  return `/results/?${params.toString()}`;
}

let focusOnArrival = false;

/**
 * Goes to another screen of the same page without a round trip: Next.js keeps `useSearchParams`
 * in step with the history API, and the browser's Back button walks the steps.
 */
export function goTo(href: string): void {
  focusOnArrival = true;
  window.history.pushState(null, "", href);
}

/** True once after `goTo`: the screen that opens should take focus (not on a fresh page load). */
export function takeFocusOnArrival(): boolean {
  const take = focusOnArrival;
  focusOnArrival = false;
  return take;
}

/** For links between steps: a plain click stays in the page; a modified click opens a new tab. */
export function followInPage(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  goTo(event.currentTarget.getAttribute("href") ?? "/assess/");
}
