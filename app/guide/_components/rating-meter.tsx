import { formatRating } from "./format";

const maxRating = 5;

/**
 * A 0–5 rating as five segments, half-filled for half points, with the figure written beside
 * it ("3.5 of 5"): the text carries the value, the segments only illustrate it.
 */
export function RatingMeter({ rating, swatch }: { rating: number; swatch: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2.5 gap-y-1">
      <span aria-hidden="true" className="flex gap-1">
        {Array.from({ length: maxRating }, (_, index) => {
          const fill = Math.min(Math.max(rating - index, 0), 1);
          return (
            <span
              key={index}
              className="relative h-2.5 w-4 overflow-hidden rounded-full bg-line-strong 2xl:h-3 2xl:w-[1.125rem]"
            >
              {fill > 0 ? (
                <span
                  className={`absolute inset-y-0 left-0 ${swatch}`}
                  style={{ width: `${fill * 100}%` }}
                />
              ) : null}
            </span>
          );
        })}
      </span>
      <span className="text-sm font-semibold whitespace-nowrap text-ink tabular-nums 2xl:text-base">
        {formatRating(rating)} of {maxRating}
      </span>
    </span>
  );
}
