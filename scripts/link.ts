/**
 * `npm run link -- FILE.json [--base https://host]`: validates an assessment file and prints its
 * share link — the path and fragment, after the base if one is given — as one line on stdout.
 * Bad input exits with status 1 and one line per problem on stderr, naming its path; a usage
 * error exits with status 2.
 */
import { readFileSync } from "node:fs";
import { content as authoredContent } from "@/content";
import { validateContent } from "@/content/validate";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import { formatIssues } from "@/lib/assessment/issues";
import { shareUrl } from "@/lib/share";

// The content as the repository holds it, checked as `next build` checks it (content/index.ts).
const content = validateContent(authoredContent);

const USAGE = "usage: npm run link -- FILE.json [--base https://host]\n";

function parseArgs(argv: readonly string[]): { file: string; base?: string } | "help" | null {
  const args = argv.filter((a) => a !== "--");
  if (args.includes("--help") || args.includes("-h")) return "help";
  let file: string | undefined;
  let base: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--base") {
      const value = args[++i];
      if (value === undefined || value === "") return null;
      base = value;
    } else if (arg.startsWith("--base=")) {
      base = arg.slice("--base=".length);
      if (base === "") return null;
    } else if (arg.startsWith("-") || file !== undefined) return null;
    else file = arg;
  }
  if (file === undefined) return null;
  // `https://host/` and `https://host` give the same link.
  return base === undefined ? { file } : { file, base: base.replace(/\/+$/, "") };
}

function main(argv: readonly string[]): number {
  const parsedArgs = parseArgs(argv);
  if (parsedArgs === "help" || parsedArgs === null) {
    process.stderr.write(USAGE);
    return parsedArgs === "help" ? 0 : 2;
  }
  const { file, base } = parsedArgs;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory"
          : code === "EACCES"
            ? "permission denied"
            : "cannot be read";
    process.stderr.write(`${file}: ${why}\n`);
    return 1;
  }
  const parsed = parseAssessmentJson(text, content);
  if (!parsed.ok) {
    for (const line of formatIssues(parsed.issues)) process.stderr.write(`${file}: ${line}\n`);
    return 1;
  }
  process.stdout.write(`${shareUrl(parsed.value, base)}\n`);
  return 0;
}

// A reader that stops early (e.g. `| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
