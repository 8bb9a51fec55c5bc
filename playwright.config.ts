import { existsSync } from "node:fs";

import { chromium, defineConfig, devices } from "@playwright/test";

// E2E_PORT lets a second checkout run its tests beside a server already on 3100.
const port = Number(process.env.E2E_PORT ?? 3100);
const isCI = Boolean(process.env.CI);

/**
 * Playwright's own Chromium when it has been downloaded; otherwise the system
 * one (Debian's `chromium` package), which these machines and CI use.
 */
function chromiumExecutablePath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registry entry: fall through to the system browser.
  }
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 2 : 0,
  workers: 2,
  reporter: isCI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "on-first-retry",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutablePath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}`,
    env: { PORT: String(port) },
    timeout: 180_000,
    reuseExistingServer: !isCI,
    stdout: "pipe",
  },
});
