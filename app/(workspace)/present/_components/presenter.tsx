"use client";

import { useRouter } from "next/navigation";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from "react";
import { CrossoverMark } from "@/components/crossover-mark";
import { useFacilitatorSteps } from "@/components/workshop/channel";
import { presentHref } from "@/components/workshop/links";
import { isTextEntry } from "@/components/workshop/shortcut-list";
import { useShortcuts } from "@/components/workshop/shortcuts";
import {
  controlScreenOf,
  presenterSlides,
  slideIndexOf,
  type Slide,
} from "@/components/workshop/slides";
import { content } from "@/content";
import { evaluateAssessment } from "@/lib/engine";
import type { SavedAssessment } from "@/state/workspace-data";
import { scale } from "./presenter-styles";
import { SlideView, slideSection, slideTitle } from "./slide-views";

/** The control view for a slide: where Esc goes. */
function controlHref(localId: string, slide: Slide): string {
  const target = controlScreenOf(slide);
  const params = new URLSearchParams({ a: localId });
  if (target.screen === "results") return `/results/?${params.toString()}`;
  const { useCaseId, questionId, step } = target.address;
  if (useCaseId !== undefined) params.set("u", useCaseId);
  if (questionId !== undefined) params.set("q", questionId);
  if (step !== undefined) params.set("step", step);
  return `/assess/?${params.toString()}`;
}

/**
 * Keeps everything but the presenter out of reach while it is on screen: the site's header,
 * footer and skip link stay in the page, under the presenter, but neither Tab nor a screen reader
 * can land on them.
 */
function useInertSiblings(holder: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const hidden: HTMLElement[] = [];
    for (const child of Array.from(document.body.children)) {
      if (!(child instanceof HTMLElement) || child.contains(element) || child.inert) continue;
      child.inert = true;
      hidden.push(child);
    }
    // Within <main>, the presenter's neighbours (a recovery notice) too.
    const main = element.closest("main");
    for (const child of Array.from(main?.children ?? [])) {
      if (!(child instanceof HTMLElement) || child.contains(element) || child.inert) continue;
      if (child.tagName === "DIALOG") continue;
      child.inert = true;
      hidden.push(child);
    }
    const overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = "hidden";
    return () => {
      for (const child of hidden) child.inert = false;
      document.documentElement.style.overflow = overflow;
    };
  }, [holder]);
}

function useFullscreen(): [boolean, () => void] {
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return [fullscreen, toggle];
}

/**
 * The projector view of one assessment: one slide at a time in large type, moved with the
 * keyboard (or a presentation clicker, which sends Page Up and Page Down), and — while "Follow
 * the facilitator" is on — turned to whatever step the facilitator's window shows. Answers come
 * from the saved workspace, which every window re-reads as soon as another changes it.
 */
export function Presenter({
  saved,
  initialSlide,
}: {
  saved: SavedAssessment;
  initialSlide: string | null;
}) {
  const { localId, assessment } = saved;
  const router = useRouter();
  const { helpOpen, showHelp, singleKeys } = useShortcuts();
  const holder = useRef<HTMLDivElement>(null);
  useInertSiblings(holder);
  const [fullscreen, toggleFullscreen] = useFullscreen();

  const slides = useMemo(() => presenterSlides(assessment, content.questions), [assessment]);
  // No flips: the costliest part of the engine, and nothing a slide shows.
  const results = useMemo(
    () => evaluateAssessment(assessment, content, { flips: false }),
    [assessment],
  );

  // The slide is held by its key, so that it stays put when use cases are added or removed
  // before it; its last index is the fallback when its use case is removed.
  const [position, setPosition] = useState(() => {
    const index = slideIndexOf(slides, initialSlide);
    return { key: slides[index]?.key ?? "title", index };
  });
  const found = slides.findIndex((s) => s.key === position.key);
  const index = found >= 0 ? found : Math.min(position.index, slides.length - 1);
  const slide = slides[index] ?? slides[0];
  const [follow, setFollow] = useState(true);
  const [blank, setBlank] = useState(false);

  const goTo = useCallback(
    (target: number) => {
      const clamped = Math.max(0, Math.min(slides.length - 1, target));
      const next = slides[clamped];
      if (next) setPosition({ key: next.key, index: clamped });
      setBlank(false);
    },
    [slides],
  );

  const followRef = useRef(follow);
  useEffect(() => {
    followRef.current = follow;
  }, [follow]);
  const askWhere = useFacilitatorSteps(
    localId,
    useCallback((key: string) => {
      if (!followRef.current) return;
      setPosition((current) => ({ key, index: current.index }));
    }, []),
  );
  const toggleFollow = useCallback(() => {
    setFollow((on) => {
      if (!on) askWhere();
      return !on;
    });
  }, [askWhere]);

  const exit = useCallback(() => {
    if (slide) router.push(controlHref(localId, slide));
  }, [router, localId, slide]);

  // The address keeps the slide, so that a reload opens it again.
  const key = slide?.key;
  useEffect(() => {
    if (key === undefined) return;
    const href = presentHref(localId, key);
    if (`${window.location.pathname}${window.location.search}` !== href)
      window.history.replaceState(null, "", href);
  }, [localId, key]);

  useEffect(() => {
    document.title = `Presenting: ${assessment.title} · Crossover`;
  }, [assessment.title]);

  useEffect(() => {
    holder.current?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (helpOpen || event.defaultPrevented || event.isComposing) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      const onControl =
        event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      // Space and Enter on a focused control press it, as everywhere else.
      if (onControl && (event.key === " " || event.key === "Enter")) return;
      let handled = true;
      switch (event.key) {
        case "ArrowRight":
        case "PageDown":
          goTo(index + 1);
          break;
        case "ArrowLeft":
        case "PageUp":
          goTo(index - 1);
          break;
        case " ":
          goTo(event.shiftKey ? index - 1 : index + 1);
          break;
        case "Home":
          goTo(0);
          break;
        case "End":
          goTo(slides.length - 1);
          break;
        case "Escape":
          exit();
          break;
        default:
          handled = false;
      }
      if (!handled && singleKeys) {
        handled = true;
        switch (event.key.toLowerCase()) {
          case "s":
            toggleFollow();
            break;
          case "f":
            toggleFullscreen();
            break;
          case "b":
          case ".":
            setBlank((on) => !on);
            break;
          default:
            handled = false;
        }
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [helpOpen, singleKeys, index, slides.length, goTo, exit, toggleFollow, toggleFullscreen]);

  if (!slide) return null;
  const title = slideTitle(slide, assessment);
  const section = slideSection(slide, assessment);
  const count = slides.length;

  return (
    <div
      ref={holder}
      tabIndex={-1}
      data-presenter
      aria-label={`Presenting “${assessment.title}”`}
      role="region"
      aria-roledescription="presentation"
      className={`fixed inset-0 z-50 flex flex-col overflow-hidden [--u:min(2.8vh,1.6vw)] focus:outline-none ${
        blank ? "bg-black" : "bg-canvas text-ink"
      }`}
    >
      {blank ? (
        <p className="sr-only" aria-live="polite">
          The screen is blank. Press B to show the slide again.
        </p>
      ) : (
        <>
          <header
            className={`flex items-center justify-between gap-[calc(var(--u)*2)] px-[calc(var(--u)*2.4)] pt-[calc(var(--u)*1.1)] ${
              // The title slide carries the title already.
              slide.kind === "title" ? "invisible" : ""
            }`}
          >
            <p className={`${scale.small} flex min-w-0 items-center gap-[0.5em] text-ink-muted`}>
              <CrossoverMark className="size-[1.3em] shrink-0" />
              <span className="truncate font-semibold text-ink">{assessment.title}</span>
            </p>
            {section ? (
              <p className={`${scale.small} shrink-0 truncate text-ink-muted`}>{section}</p>
            ) : null}
          </header>

          <section
            key={slide.key}
            aria-roledescription="slide"
            aria-label={`Slide ${index + 1} of ${count}`}
            className="flex min-h-0 flex-1 flex-col justify-center overflow-y-auto px-[calc(var(--u)*2.4)] py-[calc(var(--u)*1)]"
          >
            <SlideView slide={slide} saved={saved} results={results} />
          </section>

          <footer className="px-[calc(var(--u)*2.4)] pb-[calc(var(--u)*0.8)]">
            <div aria-hidden="true" className="h-[calc(var(--u)*0.18)] rounded-full bg-line">
              <div
                className="h-full rounded-full bg-accent transition-[width] duration-300"
                style={{ width: `${((index + 1) / count) * 100}%` }}
              />
            </div>
            <div
              className={`${scale.chrome} mt-[calc(var(--u)*0.45)] flex items-center justify-between gap-[1em] text-ink-muted`}
            >
              <button
                type="button"
                aria-pressed={follow}
                onClick={(event) => {
                  toggleFollow();
                  refocusAfterPointer(event);
                }}
                className="inline-flex items-center gap-[0.5em] rounded-md px-[0.5em] py-[0.3em] hover:bg-surface-muted hover:text-ink"
              >
                <span
                  aria-hidden="true"
                  className={`size-[0.7em] rounded-full ${follow ? "bg-opt-open-managed" : "border border-line-strong"}`}
                />
                Follow the facilitator
                <span className="font-semibold text-ink">{follow ? "On" : "Off"}</span>
              </button>
              <p className="tabular-nums">
                <span aria-hidden="true">
                  {index + 1} / {count}
                </span>
                <span className="sr-only">
                  Slide {index + 1} of {count}
                </span>
              </p>
              <div className="flex items-center gap-[0.25em]">
                <ChromeButton label="Previous slide" onClick={() => goTo(index - 1)}>
                  <path d="m12.5 5-5 5 5 5" />
                </ChromeButton>
                <ChromeButton label="Next slide" onClick={() => goTo(index + 1)}>
                  <path d="m7.5 5 5 5-5 5" />
                </ChromeButton>
                <ChromeButton
                  label={fullscreen ? "Leave full screen" : "Full screen"}
                  onClick={toggleFullscreen}
                >
                  {fullscreen ? (
                    <path d="M8 3v5H3M12 3v5h5M8 17v-5H3M12 17v-5h5" />
                  ) : (
                    <path d="M3 8V3h5M17 8V3h-5M3 12v5h5M17 12v5h-5" />
                  )}
                </ChromeButton>
                <ChromeButton label="Keyboard shortcuts" onClick={showHelp}>
                  <path d="M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M10 14.5v.01" />
                </ChromeButton>
                <ChromeButton label="Back to the controls" onClick={exit}>
                  <path d="m5 5 10 10M15 5 5 15" />
                </ChromeButton>
              </div>
            </div>
          </footer>
        </>
      )}
      <p aria-live="polite" className="sr-only">
        {blank ? "" : `Slide ${index + 1} of ${count}: ${title}`}
      </p>
    </div>
  );
}

/**
 * After a mouse click, focus goes back to the presenter, so that Space moves the slides on rather
 * than pressing the same button again. From the keyboard, focus stays on the button.
 */
function refocusAfterPointer(event: MouseEvent<HTMLButtonElement>): void {
  if (event.detail > 0) event.currentTarget.closest<HTMLElement>("[data-presenter]")?.focus();
}

function ChromeButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={(event) => {
        onClick();
        refocusAfterPointer(event);
      }}
      title={label}
      className="inline-flex size-[2.1em] items-center justify-center rounded-md hover:bg-surface-muted hover:text-ink"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-[1.35em]"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {children}
      </svg>
      <span className="sr-only">{label}</span>
    </button>
  );
}
