import { Link } from "@/components/link";
import type { ReactNode } from "react";

import { CrossoverIllustration } from "@/app/_components/crossover-illustration";

const sourcingOptions = [
  {
    name: "Closed model via API",
    swatch: "bg-opt-closed-api",
    summary:
      "GPT, Claude or Gemini through the provider's API. The fastest start and the frontier of capability; you pay per token, and your data goes to the provider.",
  },
  {
    name: "Open weights, managed hosting",
    swatch: "bg-opt-open-managed",
    summary:
      "Llama, Qwen, Mistral, DeepSeek or gpt-oss served by a hosting provider. Your choice of model and less lock-in, without running GPUs yourself.",
  },
  {
    name: "Open weights, self-hosted",
    swatch: "bg-opt-open-self-hosted",
    summary:
      "An open model in your own cloud or data centre. The data stays in your environment and the cost is mostly fixed, but it takes a team to run.",
  },
  {
    name: "Hybrid",
    swatch: "bg-opt-hybrid",
    summary:
      "Both, split by time or by traffic: start on an API and move past the crossover volume, or keep sensitive requests in-house and send the rest to a frontier API.",
  },
] as const;

const deliverables = [
  {
    title: "A recommendation, with the reasons",
    text: "The option that fits, the answers that pushed it there and by how much, and the options ruled out by hard constraints.",
  },
  {
    title: "How sure it is",
    text: "A confidence level, and the answers it assumed where a question was left open.",
  },
  {
    title: "What it costs, and where the cost crosses over",
    text: "The monthly cost of each option at your volume, from sourced and dated price assumptions you can inspect and override, and the volume at which the cheapest option changes.",
  },
  {
    title: "What would change the answer",
    text: "The single answers or weights that would flip the recommendation, so you know which facts to check first.",
  },
  {
    title: "Risks and first steps",
    text: "What to plan for with the recommended option, and where to begin.",
  },
  {
    title: "A report and a link",
    text: "A print-ready report, the portfolio as CSV, and a link that carries the whole assessment to whoever you send it to.",
  },
] as const;

const audiences = [
  {
    title: "A leader, in ten minutes",
    text: "Four questions per use case give a first recommendation at once; the rest refine it. Four use cases take about ten minutes.",
  },
  {
    title: "A consultant, in a workshop",
    text: "Start from use-case templates, put the questions on the projector, tune weights and cost assumptions live, and show the whole portfolio on one chart.",
  },
  {
    title: "A board member, from a link",
    text: "Open the results on a phone or laptop exactly as they were shared, read-only, and make an editable copy to explore.",
  },
] as const;

export default function LandingPage() {
  return (
    <>
      <section aria-labelledby="hero-heading" className="border-b border-line">
        <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-10 sm:px-6 sm:py-16 lg:grid-cols-[1.05fr_1fr] lg:gap-14 lg:px-8 lg:py-24">
          <div>
            <p className="text-sm font-semibold tracking-wide text-accent uppercase">
              AI sourcing advisor
            </p>
            <h1
              id="hero-heading"
              className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-5xl sm:leading-[1.1]"
            >
              Closed API or open weights? Decide use case by use case.
            </h1>
            <p className="mt-5 max-w-prose text-base leading-7 text-ink-muted sm:mt-6 sm:text-lg sm:leading-8">
              Crossover helps business leaders decide how to source each AI use case: a closed model
              through a provider&apos;s API, an open-weights model on managed hosting, an
              open-weights model you run yourself, or a hybrid. Answer a short set of questions and
              get a recommendation you can explain to your CTO and your board.
            </p>
            <CallsToAction />
            <p className="mt-4 text-sm text-ink-muted">
              No sign-in. About ten minutes for four use cases.
            </p>
          </div>
          <CrossoverIllustration />
        </div>
      </section>

      <Section
        id="question"
        eyebrow="The question"
        title="One decision, four ways to answer it"
        intro="Contract extraction, a customer assistant, internal knowledge search: each use case raises the same choice, and the right answer differs between them. Crossover weighs it on the facts that decide it: how sensitive the data is, how much volume you run, whether you have the team to operate models, and how strategic the capability is."
      >
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {sourcingOptions.map(({ name, swatch, summary }) => (
            <li
              key={name}
              className="flex flex-col overflow-hidden rounded-xl border border-line bg-surface"
            >
              <span aria-hidden="true" className={`h-1.5 ${swatch}`} />
              <div className="p-5">
                <h3 className="font-semibold">{name}</h3>
                <p className="mt-2 text-sm leading-6 text-ink-muted">{summary}</p>
              </div>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="deliverables"
        eyebrow="What you get"
        title="For each use case, an answer you can defend"
        intro="Advice that comes out the same whatever you answer is no advice. Every result shows how it was reached, so it can be challenged and trusted."
        muted
      >
        <ul className="grid gap-x-10 gap-y-8 sm:grid-cols-2 lg:grid-cols-3">
          {deliverables.map(({ title, text }) => (
            <li key={title} className="flex gap-4">
              <CheckIcon />
              <div>
                <h3 className="font-semibold">{title}</h3>
                <p className="mt-1.5 text-sm leading-6 text-ink-muted">{text}</p>
              </div>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="audiences"
        eyebrow="Who it is for"
        title="Built for the way the decision gets made"
      >
        <ul className="grid gap-4 md:grid-cols-3">
          {audiences.map(({ title, text }) => (
            <li key={title} className="rounded-xl border border-line bg-surface p-6">
              <h3 className="font-semibold">{title}</h3>
              <p className="mt-2 text-sm leading-6 text-ink-muted">{text}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="privacy" eyebrow="Privacy" title="Your answers stay with you" muted>
        <div className="grid gap-6 text-ink-muted md:grid-cols-2 md:gap-10">
          <p className="leading-7">
            There is no sign-in and no account. Crossover runs entirely in your browser and keeps
            your working copy there; there is no server that stores or sees your answers.
          </p>
          <p className="leading-7">
            When you share, the link carries the assessment in its fragment, the part after the #,
            which browsers never send to a web server. It reaches only the people you give it to.
          </p>
        </div>
      </Section>

      <section aria-labelledby="start-heading">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 lg:px-8">
          <div className="rounded-2xl border border-line bg-surface px-6 py-10 text-center sm:px-10">
            <h2 id="start-heading" className="text-2xl font-semibold tracking-tight text-balance">
              Start with the use cases already on your list
            </h2>
            <p className="mx-auto mt-3 max-w-2xl leading-7 text-ink-muted">
              Pick a template for each, answer what you know, and leave the rest as assumed. You can
              refine the answers, or hand them to a colleague, at any time.
            </p>
            <CallsToAction centered />
          </div>
        </div>
      </section>
    </>
  );
}

function CallsToAction({ centered = false }: { centered?: boolean }) {
  return (
    <div className={`mt-8 flex flex-col gap-3 sm:flex-row ${centered ? "sm:justify-center" : ""}`}>
      <Link
        href="/assess/"
        className="inline-flex min-h-12 items-center justify-center rounded-lg bg-accent px-6 font-semibold text-accent-ink shadow-sm transition-colors hover:bg-accent-strong"
      >
        Start an assessment
      </Link>
      <Link
        href="/guide/"
        className="inline-flex min-h-12 items-center justify-center rounded-lg border border-line-strong bg-surface px-6 font-semibold text-ink transition-colors hover:bg-surface-muted"
      >
        Read the guide
      </Link>
    </div>
  );
}

function Section({
  id,
  eyebrow,
  title,
  intro,
  muted = false,
  children,
}: {
  id: string;
  eyebrow: string;
  title: string;
  intro?: string;
  muted?: boolean;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={muted ? "border-y border-line bg-surface-muted" : undefined}
    >
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-20 lg:px-8">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase">{eyebrow}</p>
          <h2
            id={headingId}
            className="mt-2 text-2xl font-semibold tracking-tight text-balance sm:text-3xl"
          >
            {title}
          </h2>
          {intro ? (
            <p className="mt-4 text-base leading-7 text-ink-muted sm:text-lg sm:leading-8">
              {intro}
            </p>
          ) : null}
        </div>
        <div className="mt-8 sm:mt-10">{children}</div>
      </div>
    </section>
  );
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="mt-0.5 size-6 shrink-0 text-accent"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="12" cy="12" r="9.25" strokeWidth="1.5" />
      <path d="m8 12.5 2.75 2.75L16 9.75" />
    </svg>
  );
}
