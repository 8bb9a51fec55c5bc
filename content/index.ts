/**
 * The validated content: the domain knowledge the engine and the screens use. Importing this
 * module validates every content file, so a bad value fails `next build` and `npm test` with the
 * file and path (see content/validate.ts).
 */
import { hardConstraints } from "./constraints";
import { criteria } from "./criteria";
import { hybrid, sourcingOptions } from "./options";
import { questions } from "./questions";
import { nextSteps, risks } from "./risks";
import { templates } from "./templates";
import { assumptions, scoring } from "./assumptions";
import { validateContent, type Content } from "./validate";

export const content: Content = validateContent({
  criteria,
  sourcingOptions,
  hybrid,
  questions,
  hardConstraints,
  risks,
  nextSteps,
  templates,
  assumptions,
  scoring,
});

export type { Content } from "./validate";
export { ContentError, validateContent } from "./validate";
