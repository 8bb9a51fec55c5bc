/**
 * The content: the domain knowledge the engine and the screens use.
 *
 * TypeScript checks every content file against its schema's shape as it compiles. zod checks the
 * rest (ranges, ids defined once, references that resolve; content/validate.ts) where content
 * enters from the repository: `next build`, which validates it in the root layout before it
 * renders any page; `npm test` (content.test.ts); and the command line. A bad value therefore
 * fails the build and the tests with the file and path. The browser receives content the build
 * has already validated, and ships neither the content schemas nor a second pass over them
 * (docs/decisions/0009-first-paint-budget.md).
 */
import { caveats, hardConstraints } from "./constraints";
import { criteria } from "./criteria";
import { hybrid, sourcingOptions } from "./options";
import { questions } from "./questions";
import { nextSteps, risks } from "./risks";
import { templates } from "./templates";
import { tiers } from "./tiers";
import { assumptions, scoring } from "./assumptions";
import type { Content } from "./validate";

export const content: Content = {
  criteria,
  sourcingOptions,
  hybrid,
  questions,
  hardConstraints,
  caveats,
  risks,
  nextSteps,
  templates,
  assumptions,
  tiers,
  scoring,
};

export type { Content } from "./validate";
