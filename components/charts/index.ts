/**
 * The results charts, loaded together and only on demand (components/results/lazy-chart.tsx), so
 * that Recharts never weighs on a page's first load. Each takes the numbers it draws, already
 * computed by the engine and shaped by lib/view.
 */
export { CostChart } from "./cost-chart";
export { DriversChart } from "./drivers-chart";
export { FitChart } from "./fit-chart";
export { PortfolioChart } from "./portfolio-chart";
