import { content } from "@/content";
import { priceDatesPhrase } from "@/lib/view/freshness";

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:gap-6 sm:px-6 lg:px-8">
        <p>
          Your answers stay in this browser. Nothing is sent to a server unless you share a link.
        </p>
        <p className="shrink-0">{priceDatesPhrase(content)}</p>
      </div>
    </footer>
  );
}
