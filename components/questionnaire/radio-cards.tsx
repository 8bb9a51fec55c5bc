"use client";

import type { ReactNode } from "react";

export interface RadioCardOption {
  value: string;
  label: string;
  description?: string;
  /** A short note shown on the card and read after it, such as "From the template". */
  note?: string;
}

interface RadioCardsProps {
  /** The radio group's name; unique on the page. */
  name: string;
  /** Id of the element that names the group (the question heading). */
  labelledBy: string;
  describedBy?: string;
  options: readonly RadioCardOption[];
  /** The checked value, if any. */
  checked: string | undefined;
  onChoose: (value: string) => void;
  /** Options shown after a divider, such as "Not sure". */
  extra?: readonly RadioCardOption[];
  columns?: 1 | 2;
  size?: "md" | "lg";
}

/**
 * A group of native radio buttons drawn as cards: one tab stop, arrow keys move and choose,
 * Space chooses, and screen readers hear each option's label, description and note.
 */
export function RadioCards({
  name,
  labelledBy,
  describedBy,
  options,
  checked,
  onChoose,
  extra = [],
  columns = 1,
  size = "lg",
}: RadioCardsProps) {
  const card = (option: RadioCardOption, muted: boolean): ReactNode => {
    const id = `${name}-${option.value}`;
    const described = [
      option.description ? `${id}-description` : null,
      option.note ? `${id}-note` : null,
    ]
      .filter(Boolean)
      .join(" ");
    return (
      <label
        key={option.value}
        htmlFor={id}
        className={`group flex cursor-pointer items-start gap-3 rounded-xl border px-3.5 transition-colors has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent ${
          size === "lg" ? "py-3.5 sm:px-4 2xl:gap-4 2xl:px-6 2xl:py-5" : "py-3 sm:px-4"
        } ${muted ? "border-dashed border-line-strong bg-transparent hover:bg-surface-muted" : "border-line bg-surface hover:border-line-strong"}`}
      >
        <input
          id={id}
          type="radio"
          name={name}
          value={option.value}
          checked={checked === option.value}
          onChange={() => onChoose(option.value)}
          aria-labelledby={`${id}-label`}
          aria-describedby={described || undefined}
          className="mt-1 size-4 shrink-0 accent-accent focus-visible:outline-none 2xl:mt-1.5 2xl:size-5"
        />
        <span className="min-w-0">
          <span
            id={`${id}-label`}
            className={`block font-medium text-ink ${size === "lg" ? "2xl:text-xl" : ""}`}
          >
            {option.label}
          </span>
          {option.description ? (
            <span
              id={`${id}-description`}
              className={`mt-0.5 block text-sm leading-6 text-ink-muted ${size === "lg" ? "2xl:text-lg 2xl:leading-7" : ""}`}
            >
              {option.description}
            </span>
          ) : null}
          {option.note ? (
            <span
              id={`${id}-note`}
              className="mt-2 inline-flex items-center gap-1.5 rounded-md bg-surface px-2 py-0.5 text-xs font-medium text-accent ring-1 ring-accent/30 2xl:text-sm"
            >
              {option.note}
            </span>
          ) : null}
        </span>
      </label>
    );
  };

  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className="flex flex-col gap-2.5 2xl:gap-3"
    >
      <div className={`grid gap-2.5 2xl:gap-3 ${columns === 2 ? "md:grid-cols-2" : ""}`}>
        {options.map((option) => card(option, false))}
      </div>
      {extra.length > 0 ? (
        <div className="grid gap-2.5 border-t border-line pt-2.5 2xl:gap-3 2xl:pt-3">
          {extra.map((option) => card(option, true))}
        </div>
      ) : null}
    </div>
  );
}
