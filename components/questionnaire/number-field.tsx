"use client";

import { useState, type ReactNode, type Ref } from "react";
import { formatWholeNumber, parseWholeNumber, type NumberRange } from "./numbers";

interface NumberFieldProps {
  id: string;
  label: ReactNode;
  /** Shown after the field, such as "requests a month". */
  suffix?: string;
  /** Beside the field, after the suffix: a control such as "Not sure". */
  after?: ReactNode;
  /** A line under the field: where the value comes from, what it adds up to. */
  hint?: ReactNode;
  /** The value held now; shown formatted whenever the user is not typing. */
  value: number | undefined;
  placeholder?: string;
  range: NumberRange;
  /** Called with each valid whole number as the user types; invalid text never gets here. */
  onValidChange: (value: number) => void;
  /** Whether the text in the field is, right now, something that cannot be saved. */
  onInvalidChange?: (invalid: boolean) => void;
  inputRef?: Ref<HTMLInputElement>;
  size?: "md" | "lg";
  /** Extra classes for the label, e.g. a minimum height that lines up fields side by side. */
  labelClassName?: string;
}

/**
 * A whole-number field that checks as the user types ("200,000", "200k"): a valid number is
 * passed on at once; anything else stays in the field with a message beside it, and never
 * reaches the store. Emptying the field and leaving it puts the held value back.
 */
export function NumberField({
  id,
  label,
  suffix,
  after,
  hint,
  value,
  placeholder,
  range,
  onValidChange,
  onInvalidChange,
  inputRef,
  size = "md",
  labelClassName = "",
}: NumberFieldProps) {
  /** What the user is typing; null while they are not, so the held value shows formatted. */
  const [draft, setDraft] = useState<string | null>(null);
  const check = draft === null || draft.trim() === "" ? null : parseWholeNumber(draft, range);
  const message = check && !check.ok ? check.message : null;
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;

  const change = (text: string) => {
    setDraft(text);
    const next = text.trim() === "" ? null : parseWholeNumber(text, range);
    onInvalidChange?.(next !== null && !next.ok);
    if (next?.ok) onValidChange(next.value);
  };

  return (
    <div>
      <label
        htmlFor={id}
        className={`block font-medium text-ink ${size === "lg" ? "text-base 2xl:text-xl" : "text-sm 2xl:text-lg"} ${labelClassName}`}
      >
        {label}
      </label>
      <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          ref={inputRef}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={draft ?? (value === undefined ? "" : formatWholeNumber(value))}
          placeholder={placeholder}
          onChange={(event) => change(event.target.value)}
          onBlur={() => {
            if (draft !== null && (check === null || check.ok)) setDraft(null);
          }}
          aria-invalid={message ? true : undefined}
          aria-describedby={
            [message ? messageId : null, hint ? hintId : null].filter(Boolean).join(" ") ||
            undefined
          }
          className={`rounded-lg border border-line-strong bg-surface px-3 text-ink tabular-nums shadow-xs placeholder:text-ink-muted aria-invalid:border-red-700 dark:aria-invalid:border-red-400 ${
            size === "lg"
              ? "h-12 w-52 text-lg 2xl:h-16 2xl:w-72 2xl:text-2xl"
              : "h-11 w-40 text-base 2xl:h-14 2xl:w-52 2xl:text-xl"
          }`}
        />
        {suffix ? (
          <span
            className={`text-ink-muted ${size === "lg" ? "2xl:text-xl" : "text-sm 2xl:text-lg"}`}
          >
            {suffix}
          </span>
        ) : null}
        {after}
      </div>
      {message ? (
        <p
          id={messageId}
          className="mt-1.5 flex items-center gap-1.5 text-sm font-medium text-red-700 2xl:text-base dark:text-red-300"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-4 shrink-0"
            fill="currentColor"
          >
            <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4h1.5v5.5h-1.5V6Zm0 7h1.5v1.5h-1.5V13Z" />
          </svg>
          {message}
        </p>
      ) : null}
      {hint ? (
        <div id={hintId} className="mt-1.5 text-sm leading-6 text-ink-muted 2xl:text-base">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
