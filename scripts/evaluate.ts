/**
 * `npm run evaluate -- FILE.json`: validates an assessment file and prints the engine's results
 * (`crossover.results/v1`) as JSON on stdout. Bad input exits with status 1 and one line per
 * problem on stderr, naming its path; a usage error exits with status 2.
 */
import { readFileSync } from "node:fs";
import { content as authoredContent } from "@/content";
import { validateContent } from "@/content/validate";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import { formatIssues } from "@/lib/assessment/issues";
import { evaluateAssessment } from "@/lib/engine";

// The content as the repository holds it, checked as `next build` checks it (content/index.ts).
const content = validateContent(authoredContent);

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== "--");
  if (args.length !== 1 || args[0] === "--help" || args[0] === "-h") {
    process.stderr.write("usage: npm run evaluate -- FILE.json\n");
    return args[0] === "--help" || args[0] === "-h" ? 0 : 2;
  }
  const file = args[0] ?? "";
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
  process.stdout.write(`${JSON.stringify(evaluateAssessment(parsed.value, content), null, 2)}\n`);
  return 0;
}

// A reader that stops early (e.g. `| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
