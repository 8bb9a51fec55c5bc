// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { content } from "@/content";
import { evaluateAssessment } from "@/lib/engine";
import { costChartView, costRows } from "@/lib/view/cost";
import { sampleAssessment } from "@/lib/view/sample";
import { CostChart } from "./cost-chart";

beforeAll(() => {
  // jsdom has no layout: ResponsiveContainer measures through ResizeObserver and the element's box.
  globalThis.ResizeObserver = class {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ target, contentRect: { width: 640, height: 360 } } as unknown as ResizeObserverEntry],
        this,
      );
    }
    unobserve() {}
    disconnect() {}
  };
  Object.defineProperty(HTMLElement.prototype, "clientWidth", {
    configurable: true,
    get: () => 640,
  });
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get: () => 360,
  });
  HTMLElement.prototype.getBoundingClientRect = () => ({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 640,
    bottom: 360,
    width: 640,
    height: 360,
    toJSON: () => ({}),
  });
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as unknown as MediaQueryList;
});

afterEach(cleanup);

describe("the cost chart", () => {
  it("draws one line per option and marks the use case's volume and the crossings that decide it", () => {
    const results = evaluateAssessment(sampleAssessment(content), content, { flips: false });
    const result = results.useCases.find((u) => costChartView(content, u).crossings.length > 0);
    if (!result) throw new Error("the sample has no use case with a crossing in view");
    const view = costChartView(content, result);
    const series = costRows(content, result).map((r) => ({
      option: r.option,
      name: r.name,
      excluded: r.excluded,
    }));
    const { container } = render(
      <div style={{ width: 640, height: 360 }}>
        <CostChart
          curve={view.curve}
          scale={view.scale}
          series={series}
          ownVolume={view.own}
          crossings={view.crossings}
          animate={false}
        />
      </div>,
    );
    expect(container.querySelectorAll(".recharts-line")).toHaveLength(4);
    expect(container).toHaveTextContent(/Your volume: /);
    const [crossing] = view.crossings;
    if (crossing) expect(container).toHaveTextContent(crossing.label);
  });
});
