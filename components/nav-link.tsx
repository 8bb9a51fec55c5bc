"use client";

import { Link } from "@/components/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** "/guide/" and "/guide" name the same page (trailingSlash is on). */
function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}

/**
 * A main-navigation link that marks itself as the current page
 * (aria-current="page"), including on pages nested under it.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = withoutTrailingSlash(usePathname());
  const target = withoutTrailingSlash(href);
  const isCurrent = pathname === target || (target !== "/" && pathname.startsWith(`${target}/`));

  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className="inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium text-ink-muted transition-colors hover:bg-surface-muted hover:text-ink aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent"
    >
      {children}
    </Link>
  );
}
