/**
 * One readable line per validation problem, naming the path of the bad value, e.g.
 * `useCases[0].answers.dataSensitivity: expected one of public, internal, …`.
 */
import type { z } from "zod";

export interface ValidationIssue {
  /** Path of the bad value, as `useCases[0].answers.monthlyRequests`; empty for the whole input. */
  path: string;
  message: string;
}

/** `["useCases", 0, "answers"]` → `useCases[0].answers`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name)
        ? out
          ? `.${name}`
          : name
        : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}

/** Rewrites zod's messages into the plain form the CLI and the app show. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => String(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_type":
      return issue.expected === "nonoptional"
        ? "required, but missing"
        : `expected ${issue.expected}`;
    case "too_small":
      return issue.origin === "array"
        ? `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`
        : issue.origin === "string"
          ? `expected at least ${String(issue.minimum)} character${issue.minimum === 1 ? "" : "s"}`
          : `expected a number ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array"
        ? `expected at most ${String(issue.maximum)} items`
        : issue.origin === "string"
          ? `expected at most ${String(issue.maximum)} characters`
          : `expected a number ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issueMessage(issue),
  }));
}

export function formatIssues(issues: readonly ValidationIssue[]): string[] {
  return issues.map((i) => `${i.path || "(file)"}: ${i.message}`);
}
