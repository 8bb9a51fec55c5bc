/*
 * A static sketch of the idea behind the product: per-token API cost rises
 * with volume, self-hosting is a mostly fixed cost, and the lines cross.
 * Plain SVG on purpose: the landing page ships no chart library.
 * The plot runs 40–420 across and 36–250 down; the crossover sits where the
 * API line (40,250)→(420,50) meets the flat self-hosted line y = 150, at x = 230.
 */
export function CrossoverIllustration() {
  return (
    <figure className="rounded-2xl border border-line bg-surface p-3 shadow-sm sm:p-6">
      <svg
        role="img"
        aria-labelledby="crossover-illustration-title crossover-illustration-desc"
        viewBox="30 6 396 276"
        className="h-auto w-full"
      >
        <title id="crossover-illustration-title">Monthly cost against monthly volume</title>
        <desc id="crossover-illustration-desc">
          The cost of a closed model API rises in a straight line as volume grows. The cost of a
          self-hosted open-weights model stays flat. The two lines cross at the crossover volume:
          below it the API is cheaper, above it self-hosting is cheaper.
        </desc>

        <g className="fill-ink-muted text-[15px] lg:text-[13px]">
          <text x="40" y="22">
            Monthly cost
          </text>
          <text x="420" y="272" textAnchor="end">
            Monthly volume
          </text>
        </g>

        {/* Axes */}
        <path d="M40 36V250H420" fill="none" strokeWidth="1.5" className="stroke-line-strong" />

        {/* Crossover marker, drawn first so the lines sit on top of it */}
        <path
          d="M230 150V250"
          fill="none"
          strokeWidth="1.5"
          strokeDasharray="3 4"
          className="stroke-ink-muted"
        />

        {/* Self-hosted open weights: mostly fixed cost */}
        <path
          d="M40 150H420"
          fill="none"
          strokeWidth="3.5"
          strokeDasharray="10 6"
          strokeLinecap="round"
          className="stroke-opt-open-self-hosted"
        />

        {/* Closed model API: cost grows with every token */}
        <path
          d="M40 250 420 50"
          fill="none"
          strokeWidth="3.5"
          strokeLinecap="round"
          className="stroke-opt-closed-api"
        />

        <circle cx="230" cy="150" r="7" strokeWidth="3" className="fill-surface stroke-accent" />

        <g className="fill-ink text-[16px] font-semibold lg:text-[14px]">
          <text x="410" y="34" textAnchor="end">
            Closed API
          </text>
          <text x="420" y="138" textAnchor="end">
            Self-hosted
          </text>
        </g>

        <g className="fill-ink-muted text-[14.5px] lg:text-[12.5px]">
          <text x="135" y="236" textAnchor="middle">
            API cheaper
          </text>
          <text x="325" y="236" textAnchor="middle">
            Self-hosting cheaper
          </text>
        </g>

        <text
          x="230"
          y="272"
          textAnchor="middle"
          className="fill-accent text-[15px] font-semibold lg:text-[13px]"
        >
          Crossover
        </text>
      </svg>
      <figcaption className="mt-4 px-1 text-sm leading-6 text-ink-muted sm:px-0">
        Per-token API costs grow with volume; self-hosting is a mostly fixed cost. Crossover finds
        the volume where the two lines cross — with the people who run the servers counted in.
      </figcaption>
    </figure>
  );
}
