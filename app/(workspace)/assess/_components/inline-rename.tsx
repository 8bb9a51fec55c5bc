"use client";

import { useEffect, useRef, useState } from "react";
import { primaryButton, quietButton, textInput } from "./styles";

interface InlineRenameProps {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  onSave: (value: string) => void;
  onClose: () => void;
}

/**
 * A name edited in place: Enter or Save keeps it, Escape or Cancel leaves it as it was. An empty
 * name is not saved (the store would refuse it): the field says so instead.
 */
export function InlineRename({ id, label, value, maxLength, onSave, onClose }: InlineRenameProps) {
  const [draft, setDraft] = useState(value);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.select();
  }, []);

  return (
    <form
      className="flex w-full flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        if (draft.trim() === "") {
          setEmpty(true);
          input.current?.focus();
          return;
        }
        onSave(draft);
        onClose();
      }}
    >
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor={id} className="block text-sm font-medium text-ink">
          {label}
        </label>
        <input
          ref={input}
          id={id}
          value={draft}
          maxLength={maxLength}
          onChange={(event) => {
            setDraft(event.target.value);
            setEmpty(false);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              onClose();
            }
          }}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-message` : undefined}
          className={`${textInput} mt-1`}
        />
        {empty ? (
          <p
            id={`${id}-message`}
            className="mt-1 text-sm font-medium text-red-700 dark:text-red-300"
          >
            Enter a name.
          </p>
        ) : null}
      </div>
      <button type="submit" className={`${primaryButton} min-h-10 px-4 text-sm`}>
        Save
      </button>
      <button type="button" onClick={onClose} className={`${quietButton} min-h-10`}>
        Cancel
      </button>
    </form>
  );
}
