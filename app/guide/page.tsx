import type { Metadata } from "next";
import { Link } from "@/components/link";

import { content } from "@/content";

import { CostPicture } from "./_components/cost-picture";
import { CriteriaMatrix } from "./_components/criteria-matrix";
import { GuideSection } from "./_components/guide-section";
import { OptionsOverview } from "./_components/options-overview";
import { UseCaseTemplates } from "./_components/use-case-templates";
import { WhatDecidesIt } from "./_components/what-decides-it";

export const metadata: Metadata = {
  title: "A guide to the trade-offs",
  description:
    "Closed model API, open weights on managed hosting, or self-hosted open weights: the options side by side on every criterion, the answers that decide between them, typical use cases and where the costs come from.",
};

const sections = {
  options: { id: "options", title: "The options" },
  matrix: { id: "side-by-side", title: "Side by side, criterion by criterion" },
  decides: { id: "what-decides-it", title: "What decides it" },
  useCases: { id: "use-cases", title: "Typical use cases" },
  costs: { id: "cost-picture", title: "The cost picture" },
} as const;

/**
 * The guide: every fact on it comes from content/, rendered on the server. It ships no
 * JavaScript of its own, so it opens instantly on a projector and prints as it reads.
 */
export default function GuidePage() {
  const { criteria, sourcingOptions, hybrid, questions, hardConstraints, templates, assumptions } =
    content;
  const quickQuestionCount = questions.filter(({ quick }) => quick).length;

  return (
    <>
      <header className="border-b border-line bg-surface print:border-0 print:bg-transparent">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-16 lg:px-8 2xl:py-20 print:px-0 print:py-4">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base">
            Guide
          </p>
          <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-5xl sm:leading-[1.1] 2xl:text-6xl">
            A guide to the trade-offs
          </h1>
          <p className="mt-5 max-w-3xl text-base leading-7 text-ink-muted sm:mt-6 sm:text-lg sm:leading-8 2xl:max-w-4xl 2xl:text-xl 2xl:leading-9">
            There are {numberWord(sourcingOptions.length)} ways to source an AI use case, and a
            fourth that combines two of them. This guide lays them side by side on the{" "}
            {criteria.length} criteria Crossover weighs, shows the {numberWord(quickQuestionCount)}{" "}
            answers that decide most cases, and explains where the costs come from, before you
            answer a single question.
          </p>
          <nav aria-label="On this page" className="mt-8 sm:mt-10 print:hidden">
            <h2 className="text-sm font-semibold text-ink 2xl:text-base">On this page</h2>
            <ol className="mt-3 flex flex-wrap gap-2">
              {Object.values(sections).map(({ id, title }, index) => (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    className="inline-flex min-h-10 items-center gap-2 rounded-full border border-line bg-canvas px-4 text-sm font-medium text-ink transition-colors hover:border-accent hover:bg-accent-soft hover:text-accent 2xl:min-h-12 2xl:px-5 2xl:text-base"
                  >
                    <span className="text-ink-muted tabular-nums">{index + 1}</span>
                    {title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        </div>
      </header>

      <GuideSection
        id={sections.options.id}
        number={1}
        eyebrow="Three options, and a hybrid"
        title={sections.options.title}
        intro="Each use case can run on a closed model through its provider's API, on an open-weights model that someone else hosts, or on an open-weights model you run yourself. When a case splits, the answer can be both."
      >
        <OptionsOverview sourcingOptions={sourcingOptions} hybrid={hybrid} criteria={criteria} />
      </GuideSection>

      <GuideSection
        id={sections.matrix.id}
        number={2}
        eyebrow="The trade-offs"
        title={sections.matrix.title}
        intro={`Every option rated from 0 (fits worst) to 5 (fits best) on each of the ${criteria.length} criteria, with the reason. These are the starting ratings: in an assessment, your answers move them, and decide how much each criterion counts.`}
        muted
      >
        <CriteriaMatrix criteria={criteria} sourcingOptions={sourcingOptions} />
      </GuideSection>

      <GuideSection
        id={sections.decides.id}
        number={3}
        eyebrow="The quick path"
        title={sections.decides.title}
        intro={`${capitalize(numberWord(quickQuestionCount))} questions decide most cases. Here is what each answer changes, and the answers that rule an option out altogether.`}
      >
        <WhatDecidesIt
          questions={questions}
          hardConstraints={hardConstraints}
          criteria={criteria}
          sourcingOptions={sourcingOptions}
          hybrid={hybrid}
          templates={templates}
          costSectionId={sections.costs.id}
        />
      </GuideSection>

      <GuideSection
        id={sections.useCases.id}
        number={4}
        eyebrow="Templates from practice"
        title={sections.useCases.title}
        intro="Start an assessment from one of these templates and it arrives with the typical answers below already filled in. Every answer stays editable, and the recommendation depends on yours."
        muted
      >
        <UseCaseTemplates templates={templates} questions={questions} />
      </GuideSection>

      <GuideSection
        id={sections.costs.id}
        number={5}
        eyebrow="Where the money goes"
        title={sections.costs.title}
        intro="Per-token APIs are cheapest at low volume; running a model yourself is a mostly fixed cost that wins past a crossover volume, once the people who run it are counted."
      >
        <CostPicture assumptions={assumptions} sourcingOptions={sourcingOptions} />
      </GuideSection>

      <section aria-labelledby="start-heading" className="print:hidden">
        <div className="mx-auto max-w-6xl px-4 pb-16 sm:px-6 lg:px-8 2xl:pb-24">
          <div className="rounded-2xl border border-line bg-surface px-6 py-10 text-center shadow-sm sm:px-10 2xl:py-14">
            <h2
              id="start-heading"
              className="text-2xl font-semibold tracking-tight text-balance 2xl:text-3xl"
            >
              Ready to weigh your own use cases?
            </h2>
            <p className="mx-auto mt-3 max-w-2xl leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">
              Pick a template for each, answer the {numberWord(quickQuestionCount)} quick questions,
              and get a recommendation with its reasons, its cost picture and what would change it.
            </p>
            <Link
              href="/assess/"
              className="mt-8 inline-flex min-h-12 items-center justify-center rounded-lg bg-accent px-6 font-semibold text-accent-ink shadow-sm transition-colors hover:bg-accent-strong 2xl:min-h-14 2xl:px-8 2xl:text-lg"
            >
              Start an assessment
            </Link>
          </div>
        </div>
      </section>
    </>
  );
}

const numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight"];

function numberWord(count: number): string {
  return numberWords[count] ?? String(count);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
