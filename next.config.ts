import type { NextConfig } from "next";

/**
 * Crossover ships as static files (see docs/decisions/0001-static-export.md):
 * no server of its own, so answers never leave the browser.
 */
const nextConfig: NextConfig = {
  output: "export",
  // The image optimizer needs a server; a static export serves images as they are.
  images: { unoptimized: true },
  // `/guide/` → out/guide/index.html, which every static host resolves without rewrites.
  trailingSlash: true,
  reactStrictMode: true,
};

export default nextConfig;
