#!/usr/bin/env node
/**
 * Post-build step: writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file
 * of the static export, so that `npm start` (scripts/start.mjs) and any static host that serves
 * precompressed files can send them by `Accept-Encoding` without compressing on each request.
 * See docs/decisions/0012-serving.md.
 *
 * `node scripts/compress.mjs [DIR]` (DIR defaults to out/) runs last in `npm run build`, after the
 * Content-Security-Policy and the offline precache have written their files, and again from
 * scripts/start.mjs. Idempotent: a copy newer than its file is kept, so a second run only
 * compresses what changed. Brotli at its highest quality (11) and gzip at level 9: done once per
 * build, they cost a few seconds and save every visitor bytes.
 */
import {
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Types worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".txt",
  ".svg",
  ".webmanifest",
  ".xml",
  ".ico",
]);
/** Below this size the headers outweigh the saving. */
const MIN_BYTES = 512;

export const ENCODINGS = [
  { suffix: ".br", name: "br" },
  { suffix: ".gz", name: "gzip" },
];

/** Whether a file of the export is one of the compressed copies this script writes. */
export function isCompressedCopy(relative) {
  return ENCODINGS.some((e) => relative.endsWith(e.suffix));
}

function compressible(file) {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase()) && !isCompressedCopy(file);
}

function filesUnder(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(entryPath));
    else if (entry.isFile()) files.push(entryPath);
  }
  return files;
}

function encode(suffix, bytes) {
  if (suffix === ".br")
    return brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
  return gzipSync(bytes, { level: 9 });
}

/** Written beside the file and renamed into place, so a server never reads half a copy. */
function writeAtomically(file, bytes) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * Compresses every compressible file under `directory` whose copies are missing or older than it;
 * removes copies whose file is gone or too small now. Returns what it did, for the log.
 */
export function compressDirectory(directory) {
  const summary = { files: 0, written: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const all = filesUnder(directory);
  const present = new Set(all);
  for (const file of all) {
    if (isCompressedCopy(file)) {
      const original = file.slice(0, -3);
      if (!present.has(original) || statSync(original).size < MIN_BYTES) unlinkSync(file);
      continue;
    }
    if (!compressible(file)) continue;
    const size = statSync(file).size;
    if (size < MIN_BYTES) continue;
    summary.files += 1;
    summary.bytes += size;
    const modified = mtime(file);
    let bytes = null;
    for (const { suffix } of ENCODINGS) {
      const copy = `${file}${suffix}`;
      if (mtime(copy) < modified) {
        bytes ??= readFileSync(file);
        writeAtomically(copy, encode(suffix, bytes));
        summary.written += 1;
      }
      const copySize = statSync(copy).size;
      if (suffix === ".br") summary.brotliBytes += copySize;
      else summary.gzipBytes += copySize;
    }
  }
  return summary;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

export function describe(summary) {
  return `${summary.files} files, ${kib(summary.bytes)} → ${kib(summary.brotliBytes)} brotli, ${kib(summary.gzipBytes)} gzip (${summary.written} copies written).`;
}

function main(argv) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const directory = path.resolve(argv[0] ?? path.join(projectRoot, "out"));
  try {
    console.log(`Compressed: ${describe(compressDirectory(directory))}`);
    return 0;
  } catch (error) {
    console.error(`Compression: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
