import { Link } from "@/components/link";

import { CrossoverMark } from "@/components/crossover-mark";
import { NavLink } from "@/components/nav-link";
import { ThemeToggle } from "@/components/theme-toggle";

const mainNavigation = [
  { href: "/guide/", label: "Guide" },
  { href: "/assess/", label: "Assess" },
  { href: "/results/", label: "Results" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6 lg:px-8">
        <Link
          href="/"
          className="-mx-1 inline-flex min-h-10 items-center gap-2.5 rounded-md px-1 text-lg font-semibold tracking-tight text-ink"
        >
          <CrossoverMark className="size-7" />
          Crossover
        </Link>
        {/* On phones the links take a row of their own below the name and theme toggle. */}
        <nav aria-label="Main" className="order-last -mx-3 w-full sm:order-none sm:mx-0 sm:w-auto">
          <ul className="flex items-center gap-1">
            {mainNavigation.map(({ href, label }) => (
              <li key={href}>
                <NavLink href={href}>{label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
