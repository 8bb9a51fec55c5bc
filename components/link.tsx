import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching unless a link asks for it. Next prefetches every
 * link in view as soon as a page has loaded — the target's route data and code — which on a
 * phone competes with the page still drawing its answer (docs/decisions/0009). Crossover is a
 * static export whose offline worker already caches every page in the background, so a click
 * costs little without it. ESLint keeps "next/link" imports to this file.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
