/** Types for scripts/compress.mjs, plain JavaScript so that scripts/start.mjs runs it with Node. */

export const ENCODINGS: readonly { suffix: ".br" | ".gz"; name: "br" | "gzip" }[];

/** Whether a file of the export is one of the compressed copies compress.mjs writes. */
export function isCompressedCopy(relative: string): boolean;

export interface CompressionSummary {
  /** Files compressed (or whose copies were current). */
  files: number;
  /** Copies written this run. */
  written: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes the missing or stale .br and .gz copies under `directory`; removes orphaned ones. */
export function compressDirectory(directory: string): CompressionSummary;

export function describe(summary: CompressionSummary): string;
