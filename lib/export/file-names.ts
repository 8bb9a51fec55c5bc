/**
 * File names for what Crossover exports: `<title-slug>.crossover.json`, `<title-slug>-portfolio.csv`.
 * The slug is plain ASCII (letters, digits, hyphens) so the name survives every file system,
 * mail client and zip tool; a title with nothing usable in it falls back to "assessment".
 */

/** Longest slug kept, in characters: long enough to tell clients apart, short enough for a file list. */
const MAX_SLUG_LENGTH = 60;

/** "Acme Bank — AI portfolio" → "acme-bank-ai-portfolio"; accents folded ("Zürich" → "zurich"). */
export function titleSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  return slug || "assessment";
}

/** The assessment file: `acme-bank-ai-portfolio.crossover.json`. */
export function assessmentFileName(title: string): string {
  return `${titleSlug(title)}.crossover.json`;
}

/** The portfolio spreadsheet, one row per use case: `acme-bank-ai-portfolio-use-cases.csv`. */
export function portfolioCsvFileName(title: string): string {
  return `${titleSlug(title)}-use-cases.csv`;
}
