"use client";

import { Link } from "@/components/link";
import { useState } from "react";
import { formatUsdAmount } from "@/lib/view/format";
import { formatCount, formatPercent } from "@/lib/format";
import type { ResultsSource } from "@/lib/view/links";
import { resultsHref } from "@/lib/view/links";
import {
  defaultDirection,
  moneyAgainstText,
  sortPortfolio,
  type MoneyAgainst,
  type PortfolioRow,
  type PortfolioSortKey,
  type SortDirection,
} from "@/lib/view/portfolio";
import { OptionName } from "./option-tag";
import { DataTable, td, tdNum, th, thNum } from "./table";

const columns: { key: PortfolioSortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Use case", numeric: false },
  { key: "recommendation", label: "Recommendation", numeric: false },
  { key: "confidence", label: "Confidence", numeric: true },
  { key: "monthlyUsd", label: "Monthly cost", numeric: true },
  { key: "money", label: "Against the cheapest allowed", numeric: true },
  { key: "monthlyRequests", label: "Requests / month", numeric: true },
];

/** Every use case with its recommendation, confidence and cost; sortable by any column. */
export function PortfolioTable({
  rows,
  source,
}: {
  rows: readonly PortfolioRow[];
  source: ResultsSource;
}) {
  const [sort, setSort] = useState<{ key: PortfolioSortKey; direction: SortDirection } | null>(
    null,
  );
  const sorted = sort ? sortPortfolio(rows, sort.key, sort.direction) : rows;
  const numberOf = new Map(rows.map((row, i) => [row.id, i + 1]));

  const sortBy = (key: PortfolioSortKey) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: defaultDirection(key) },
    );

  return (
    <>
      <PhoneList
        rows={sorted}
        numberOf={numberOf}
        source={source}
        sort={sort}
        onSort={(key, direction) => setSort({ key, direction })}
      />
      <div className="hidden sm:block">
        <DataTable
          caption="Use cases, with the recommended option and its monthly cost"
          id="portfolio-table"
        >
          <thead>
            <tr>
              <th scope="col" className={thNum}>
                #
              </th>
              {columns.map(({ key, label, numeric }) => {
                const active = sort?.key === key;
                return (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={active ? sort.direction : undefined}
                    className={`${numeric ? thNum : th} p-0`}
                  >
                    <button
                      type="button"
                      onClick={() => sortBy(key)}
                      className={`inline-flex min-h-10 w-full items-center gap-1 px-3 py-2 font-semibold hover:text-ink ${numeric ? "justify-end" : ""} ${active ? "text-ink" : ""}`}
                    >
                      {label}
                      <SortIcon direction={active ? sort.direction : null} />
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id} data-use-case={row.id}>
                <td className={`${tdNum} text-ink-muted`}>{numberOf.get(row.id)}</td>
                <th scope="row" className={`${td} min-w-44 font-medium`}>
                  <Link
                    href={resultsHref(source, row.id)}
                    className="text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
                  >
                    {row.name}
                  </Link>
                </th>
                <td className={`${td} whitespace-nowrap`} data-option={row.recommendation}>
                  <OptionName option={row.recommendation} name={row.recommendationName} />
                </td>
                <td className={tdNum} data-value={row.confidence}>
                  {formatPercent(row.confidence)}{" "}
                  <span className="text-ink-muted">{row.confidenceLabel}</span>
                </td>
                <td className={tdNum} data-value={row.monthlyUsd}>
                  {formatUsdAmount(row.monthlyUsd)}
                </td>
                <MoneyCell money={row.money} />
                <td className={tdNum} data-value={row.monthlyRequests}>
                  {formatCount(row.monthlyRequests)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
    </>
  );
}

/**
 * On a phone the table becomes one card per use case, sorted by a menu: seven columns do not fit
 * 375 pixels, and a card reads top to bottom.
 */
function PhoneList({
  rows,
  numberOf,
  source,
  sort,
  onSort,
}: {
  rows: readonly PortfolioRow[];
  numberOf: ReadonlyMap<string, number>;
  source: ResultsSource;
  sort: { key: PortfolioSortKey; direction: SortDirection } | null;
  onSort: (key: PortfolioSortKey, direction: SortDirection) => void;
}) {
  const value = sort ? `${sort.key}:${sort.direction}` : "";
  return (
    <div className="sm:hidden">
      <label className="flex items-center justify-end gap-2 text-sm">
        <span className="text-ink-muted">Sort by</span>
        <select
          value={value}
          onChange={(event) => {
            const [key, direction] = event.currentTarget.value.split(":");
            const column = columns.find((c) => c.key === key);
            if (column && (direction === "ascending" || direction === "descending"))
              onSort(column.key, direction);
          }}
          className="min-h-10 rounded-md border border-line-strong bg-surface px-2 text-sm"
        >
          <option value="" disabled>
            Assessment order
          </option>
          {columns.flatMap(({ key, label }) => [
            <option key={`${key}:d`} value={`${key}:${defaultDirection(key)}`}>
              {label}
              {defaultDirection(key) === "descending" ? ", highest first" : ", A to Z"}
            </option>,
            <option
              key={`${key}:r`}
              value={`${key}:${defaultDirection(key) === "descending" ? "ascending" : "descending"}`}
            >
              {label}
              {defaultDirection(key) === "descending" ? ", lowest first" : ", Z to A"}
            </option>,
          ])}
        </select>
      </label>
      <ul className="mt-3 space-y-3" aria-label="Use cases">
        {rows.map((row) => (
          <li
            key={row.id}
            data-use-case={row.id}
            className="rounded-lg border border-line bg-surface p-4"
          >
            <p className="flex gap-2">
              <span className="text-ink-muted tabular-nums">{numberOf.get(row.id)}.</span>
              <Link
                href={resultsHref(source, row.id)}
                className="font-semibold text-accent underline decoration-accent/40 underline-offset-4"
              >
                {row.name}
              </Link>
            </p>
            <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <OptionName option={row.recommendation} name={row.recommendationName} strong />
              <span className="text-ink-muted">
                {formatPercent(row.confidence)} {row.confidenceLabel} confidence
              </span>
            </p>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm tabular-nums">
              <dt className="text-ink-muted">Monthly cost</dt>
              <dd className="text-right font-medium">{formatUsdAmount(row.monthlyUsd)}</dd>
              <dt className="text-ink-muted">Against the cheapest allowed</dt>
              <dd className="text-right">
                {moneyAgainstText(row.money).amount}
                <span className="block text-xs text-ink-muted">
                  {moneyAgainstText(row.money).words}
                </span>
              </dd>
              <dt className="text-ink-muted">Requests / month</dt>
              <dd className="text-right">{formatCount(row.monthlyRequests)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The premium over the cheapest option allowed, or the saving of the cheapest, in words. */
function MoneyCell({ money }: { money: MoneyAgainst }) {
  const { amount, words } = moneyAgainstText(money);
  return (
    <td
      className={tdNum}
      data-kind={money.kind}
      data-value={money.kind === "alone" ? 0 : money.monthlyUsd}
      data-against={money.kind === "alone" ? undefined : money.against}
    >
      {amount}
      <span className="block max-w-40 text-xs whitespace-normal text-ink-muted">{words}</span>
    </td>
  );
}

function SortIcon({ direction }: { direction: SortDirection | null }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3 shrink-0" fill="currentColor">
      <path d="M6 1.5 9 5H3z" opacity={direction === "ascending" ? 1 : 0.35} />
      <path d="M6 10.5 3 7h6z" opacity={direction === "descending" ? 1 : 0.35} />
    </svg>
  );
}
