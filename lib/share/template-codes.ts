/**
 * Template ids as link format v1 numbers them (docs/decisions/0003). This list is part of the
 * format, not a copy of content: content/templates.ts may reorder, rename or drop templates, and
 * links made today still name the template they named. Append only — a link that uses a code past
 * the end of this list was made by a newer Crossover. A template missing from the list still
 * travels, spelled out.
 */
export const linkTemplateIds = [
  "document-processing",
  "regulated-customer-assistant",
  "proprietary-ai-product",
  "knowledge-search",
  "customer-support-assistant",
  "coding-assistant",
  "marketing-content",
  "business-analytics",
  "privileged-document-review",
  "high-volume-classification",
  "agentic-back-office",
] as const;
