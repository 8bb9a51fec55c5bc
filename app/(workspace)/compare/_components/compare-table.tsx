import { Link } from "@/components/link";
import type { CompareCell, CompareGroup } from "@/components/workshop/compare";
import { optionSwatchClass } from "@/lib/view/options";

export interface CompareColumn {
  id: string;
  name: string;
  /** The use case's full results. */
  href: string;
}

function CellContent({ cell }: { cell: CompareCell }) {
  return (
    <>
      {cell.lines ? (
        cell.lines.length > 0 ? (
          <ul className="space-y-1.5">
            {cell.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <span className="text-ink-muted">No answer moved it much</span>
        )
      ) : (
        <span className={`inline-flex items-center gap-2 ${cell.strong ? "font-semibold" : ""}`}>
          {cell.option ? (
            <span
              aria-hidden="true"
              className={`inline-block size-3 shrink-0 rounded-[3px] 2xl:size-3.5 ${optionSwatchClass[cell.option]}`}
            />
          ) : null}
          {cell.text}
        </span>
      )}
      {cell.note ? (
        <span className="block text-xs text-ink-muted 2xl:text-sm">{cell.note}</span>
      ) : null}
    </>
  );
}

/**
 * The comparison as a table, one column per use case, from a tablet's width up: row headers on
 * the left, the groups as spanning header rows. Rows where the answers differ are marked.
 */
export function CompareTable({
  columns,
  groups,
}: {
  columns: CompareColumn[];
  groups: CompareGroup[];
}) {
  return (
    <div
      role="region"
      aria-label="Comparison table"
      tabIndex={0}
      className="hidden overflow-x-auto rounded-xl border border-line bg-surface md:block"
    >
      <table className="w-full table-fixed border-collapse text-left text-sm tabular-nums lg:text-[0.95rem] 2xl:text-lg">
        <caption className="sr-only">{columns.map((c) => c.name).join(", ")}, side by side</caption>
        <colgroup>
          <col className="w-40 lg:w-52 2xl:w-72" />
          {columns.map((column) => (
            <col key={column.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="border-b-2 border-line-strong" />
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className="border-b-2 border-l border-line-strong border-l-line px-4 py-3 align-bottom text-base font-semibold 2xl:px-6 2xl:text-xl"
              >
                <Link
                  href={column.href}
                  className="underline decoration-line-strong underline-offset-4 hover:decoration-accent"
                >
                  {column.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id}>
            <tr>
              <th
                scope="colgroup"
                colSpan={columns.length + 1}
                className="bg-surface-muted px-4 pt-4 pb-2 text-xs font-semibold tracking-wide text-accent uppercase 2xl:px-6 2xl:text-sm"
              >
                {group.title}
              </th>
            </tr>
            {group.rows.length === 0 ? (
              <tr>
                <td
                  colSpan={columns.length + 1}
                  className="border-b border-line px-4 py-3 text-ink-muted 2xl:px-6"
                >
                  The use cases share every answer: the difference is in nothing asked here.
                </td>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-b-0">
                <th
                  scope="row"
                  className="px-4 py-3 align-top font-medium text-ink-muted 2xl:px-6 2xl:py-4"
                >
                  {row.label}
                </th>
                {row.cells.map((cell, index) => (
                  <td
                    key={columns[index]?.id ?? index}
                    className="border-l border-line px-4 py-3 align-top leading-6 2xl:px-6 2xl:py-4 2xl:leading-8"
                  >
                    <CellContent cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The same comparison on a phone: one card per use case, stacked, the same rows in each. */
export function CompareCards({
  columns,
  groups,
}: {
  columns: CompareColumn[];
  groups: CompareGroup[];
}) {
  return (
    <div className="grid gap-5 md:hidden">
      {columns.map((column, index) => (
        <section
          key={column.id}
          aria-labelledby={`compare-card-${column.id}`}
          className="rounded-xl border border-line bg-surface"
        >
          <h2
            id={`compare-card-${column.id}`}
            className="border-b border-line px-4 py-3 text-lg font-semibold"
          >
            <Link
              href={column.href}
              className="underline decoration-line-strong underline-offset-4 hover:decoration-accent"
            >
              {column.name}
            </Link>
          </h2>
          {groups.map((group) =>
            group.rows.length === 0 ? null : (
              <div key={group.id} className="border-b border-line px-4 py-3 last:border-b-0">
                <h3 className="text-xs font-semibold tracking-wide text-accent uppercase">
                  {group.title}
                </h3>
                <dl className="mt-2 grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-2 text-sm">
                  {group.rows.map((row) => {
                    const cell = row.cells[index];
                    return cell ? (
                      <div key={row.id} className="contents">
                        <dt className="text-ink-muted">{row.label}</dt>
                        <dd className="leading-6">
                          <CellContent cell={cell} />
                        </dd>
                      </div>
                    ) : null;
                  })}
                </dl>
              </div>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
