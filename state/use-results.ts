"use client";

import { useMemo } from "react";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment, type AssessmentResults } from "@/lib/engine";

/**
 * The engine's results for an assessment, recomputed only when the assessment changes (the store
 * replaces an assessment object on every edit, so identity is the right memo key).
 */
export function useResults(assessment: Assessment | undefined): AssessmentResults | null {
  return useMemo(() => (assessment ? evaluateAssessment(assessment, content) : null), [assessment]);
}
