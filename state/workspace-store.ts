/**
 * The working state: the assessments the user keeps in this browser and what they entered in
 * them — nothing derived. Results are computed by the engine from these answers, never stored.
 * Saved to localStorage as the user goes (zustand `persist`), parsed with zod on load; zod and
 * the schemas are loaded then, and only when something is saved (docs/decisions/0009).
 *
 * Created per provider (see workspace-provider.tsx), not as a module singleton, as zustand's
 * Next.js guide advises.
 */
import { createStore } from "zustand/vanilla";
import { persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import type { AssumptionId, CriterionId } from "@/lib/vocabulary";
import type { Answers, Assessment, Organization, UseCase } from "@/lib/assessment/schema";
import {
  emptyWorkspace,
  newAssessment,
  WORKSPACE_BACKUP_PREFIX,
  WORKSPACE_STORAGE_KEY,
  WORKSPACE_VERSION,
  writeWorkspace,
  type NotSureMarks,
  type SavedAssessment,
  type WorkspaceData,
} from "./workspace-data";

/** A notice shown once when saved work could not be read in full. */
export interface RecoveryNotice {
  reason: string;
  /** localStorage key under which the unreadable text was kept. */
  backupKey: string;
}

export interface WorkspaceState extends WorkspaceData {
  /** True once the saved workspace has been read (always false during server rendering). */
  hydrated: boolean;
  /** Set when saved work was damaged and set aside; cleared when the user dismisses it. */
  recovery: RecoveryNotice | null;

  // --- My assessments ---
  /** Starts a new, empty assessment and makes it active; returns its local id. */
  createAssessment: (title: string) => string;
  /** Adds a copy of a given assessment (an imported file or a shared link); returns its local id. */
  addAssessment: (assessment: Assessment) => string;
  duplicateAssessment: (localId: string) => string | null;
  /** Removes an assessment; returns it with its position so that it can be restored (undo). */
  deleteAssessment: (localId: string) => { saved: SavedAssessment; index: number } | null;
  restoreAssessment: (saved: SavedAssessment, index: number) => void;
  setActive: (localId: string) => void;
  dismissRecovery: () => void;

  // --- The active assessment ---
  renameAssessment: (localId: string, title: string) => void;
  /** Sets one organization answer; `undefined` clears it. Either way a "not sure" mark is lifted. */
  setOrganizationAnswer: <K extends keyof Organization>(
    localId: string,
    key: K,
    value: Organization[K] | undefined,
  ) => void;
  /** Answers an organization question "not sure": clears the answer and remembers the choice. */
  markOrganizationNotSure: (localId: string, key: keyof Organization) => void;
  /** Adds a use case, from a template (its answers then count as assumed until confirmed) or blank. */
  addUseCase: (localId: string, name: string, template?: string) => string;
  renameUseCase: (localId: string, useCaseId: string, name: string) => void;
  duplicateUseCase: (localId: string, useCaseId: string) => string | null;
  moveUseCase: (localId: string, useCaseId: string, toIndex: number) => void;
  /** Removes a use case; returns it, its position and its "not sure" marks, for undo. */
  removeUseCase: (localId: string, useCaseId: string) => RemovedUseCase | null;
  restoreUseCase: (
    localId: string,
    useCase: UseCase,
    index: number,
    notSure?: UseCaseNotSure,
  ) => void;
  /**
   * Sets one answer; `undefined` clears it (the engine will assume a value). Either way a
   * "not sure" mark on the question is lifted.
   */
  setAnswer: <K extends keyof Answers>(
    localId: string,
    useCaseId: string,
    key: K,
    value: Answers[K] | undefined,
  ) => void;
  /** Answers a use-case question "not sure": clears the answer and remembers the choice. */
  markNotSure: (localId: string, useCaseId: string, key: keyof Answers) => void;
  /** Criterion weight 0–10; `undefined` resets it to content's default. */
  setWeight: (localId: string, criterion: CriterionId, value: number | undefined) => void;
  resetWeights: (localId: string) => void;
  /** Cost assumption override; `undefined` resets it to content's sourced value. */
  setAssumption: (localId: string, id: AssumptionId, value: number | undefined) => void;
  resetAssumptions: (localId: string) => void;
}

export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/** The questions of one use case answered "not sure". */
export type UseCaseNotSure = NonNullable<NotSureMarks["useCases"]>[string];

/** What `removeUseCase` hands back so that the removal can be undone. */
export interface RemovedUseCase {
  useCase: UseCase;
  index: number;
  notSure?: UseCaseNotSure;
}

/** The marks with one use case's replaced (`undefined` or empty: removed); no empty records kept. */
function withUseCaseMarks(
  marks: NotSureMarks | undefined,
  useCaseId: string,
  next: UseCaseNotSure | undefined,
): NotSureMarks | undefined {
  const useCases = { ...marks?.useCases };
  if (next && next.length > 0) useCases[useCaseId] = next;
  else delete useCases[useCaseId];
  return compactMarks({ ...marks, useCases });
}

function withOrganizationMarks(
  marks: NotSureMarks | undefined,
  next: NotSureMarks["organization"],
): NotSureMarks | undefined {
  return compactMarks({ ...marks, organization: next });
}

function compactMarks(marks: NotSureMarks): NotSureMarks | undefined {
  const compact: NotSureMarks = {};
  if (marks.organization && marks.organization.length > 0)
    compact.organization = marks.organization;
  if (marks.useCases && Object.keys(marks.useCases).length > 0) compact.useCases = marks.useCases;
  return Object.keys(compact).length > 0 ? compact : undefined;
}

/** A saved assessment with its "not sure" marks replaced; the key is left out when there are none. */
function withMarks(saved: SavedAssessment, marks: NotSureMarks | undefined): SavedAssessment {
  const { notSure: _old, ...rest } = saved;
  return marks ? { ...rest, notSure: marks } : rest;
}

export interface WorkspaceStoreOptions {
  /** Where the workspace is saved; localStorage in the browser. None: kept in memory only. */
  storage?: Storage;
  /** Clock and id source, injectable for tests. */
  now?: () => Date;
  newId?: () => string;
}

/** A URL-safe id for a use case, unique within its assessment: "contract-extraction", "-2", … */
export function slugForUseCase(name: string, taken: readonly string[]): string {
  const slug =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/g, "") || "use-case";
  if (!taken.includes(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

function randomId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export function createWorkspaceStore(options: WorkspaceStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomId;
  let pendingRecovery: RecoveryNotice | null = null;
  /** What the last read of the saved workspace kept: validated, for `merge`. */
  let loaded: WorkspaceData = emptyWorkspace();
  /**
   * Nothing is written until the saved workspace has been read once: the read is asynchronous
   * when there is something to read, and a write before it ends would replace the saved work
   * with the empty workspace the store starts from.
   */
  let readOnce = false;

  const backing = options.storage ?? memoryStorage();
  const storage: PersistStorage<WorkspaceData> = {
    getItem: (name) => {
      loaded = emptyWorkspace();
      const raw = backing.getItem(name);
      // Nothing saved (a first visit, the sample): nothing to parse, and no zod to load.
      if (raw === null || raw === "") return null;
      return import("./workspace-schema").then(({ readWorkspace }) => {
        const load = readWorkspace(raw);
        if (load.status === "recovered") {
          const backupKey = `${WORKSPACE_BACKUP_PREFIX}${now().toISOString()}`;
          try {
            backing.setItem(backupKey, raw);
          } catch {
            // Storage full: the notice still tells the user; the damaged text stays in place
            // until the next save overwrites it.
          }
          pendingRecovery = { reason: load.reason, backupKey };
        }
        loaded = load.data;
        const value: StorageValue<WorkspaceData> = { state: load.data, version: WORKSPACE_VERSION };
        return load.status === "empty" ? null : value;
      });
    },
    setItem: (name, value) => {
      if (!readOnce) return;
      try {
        backing.setItem(name, writeWorkspace(value.state));
      } catch {
        // Storage full or refused (private mode): the work stays in memory for this tab.
      }
    },
    removeItem: (name) => backing.removeItem(name),
  };

  const store = createStore<WorkspaceState>()(
    persist(
      (set, get) => {
        const stamp = () => now().toISOString();
        /** Applies a change to one assessment and marks it updated. */
        const update = (localId: string, change: (a: Assessment) => Assessment) =>
          updateSaved(localId, (saved) => ({ ...saved, assessment: change(saved.assessment) }));
        /** Applies a change to a saved assessment (the assessment and what is kept beside it). */
        const updateSaved = (
          localId: string,
          change: (saved: SavedAssessment) => SavedAssessment,
        ) => {
          set((state) => ({
            assessments: state.assessments.map((saved) =>
              saved.localId === localId ? { ...change(saved), updatedAt: stamp() } : saved,
            ),
          }));
        };
        const marksOf = (localId: string, useCaseId: string) =>
          find(localId)?.notSure?.useCases?.[useCaseId];
        const updateUseCase = (
          localId: string,
          useCaseId: string,
          change: (u: UseCase) => UseCase,
        ) =>
          update(localId, (a) => ({
            ...a,
            useCases: a.useCases.map((u) => (u.id === useCaseId ? change(u) : u)),
          }));
        const find = (localId: string) => get().assessments.find((a) => a.localId === localId);
        const add = (assessment: Assessment, notSure?: NotSureMarks) => {
          const localId = newId();
          const t = stamp();
          const saved: SavedAssessment = { localId, createdAt: t, updatedAt: t, assessment };
          set((state) => ({
            assessments: [notSure ? { ...saved, notSure } : saved, ...state.assessments],
            activeId: localId,
          }));
          return localId;
        };

        return {
          ...emptyWorkspace(),
          hydrated: false,
          recovery: null,

          createAssessment: (title) => add(newAssessment(title.trim() || "Untitled assessment")),
          addAssessment: (assessment) => add(structuredClone(assessment)),
          duplicateAssessment: (localId) => {
            const source = find(localId);
            if (!source) return null;
            const copy = {
              ...structuredClone(source.assessment),
              title: `${source.assessment.title} (copy)`.slice(0, 200),
            };
            return add(copy, source.notSure && structuredClone(source.notSure));
          },
          deleteAssessment: (localId) => {
            const index = get().assessments.findIndex((a) => a.localId === localId);
            const saved = get().assessments[index];
            if (!saved) return null;
            set((state) => {
              const assessments = state.assessments.filter((a) => a.localId !== localId);
              return {
                assessments,
                activeId:
                  state.activeId === localId ? (assessments[0]?.localId ?? null) : state.activeId,
              };
            });
            return { saved, index };
          },
          restoreAssessment: (saved, index) => {
            set((state) => {
              if (state.assessments.some((a) => a.localId === saved.localId)) return state;
              const assessments = [...state.assessments];
              assessments.splice(Math.min(index, assessments.length), 0, saved);
              return { assessments, activeId: saved.localId };
            });
          },
          setActive: (localId) => {
            if (find(localId)) set({ activeId: localId });
          },
          dismissRecovery: () => set({ recovery: null }),

          renameAssessment: (localId, title) => {
            const trimmed = title.trim();
            if (trimmed) update(localId, (a) => ({ ...a, title: trimmed.slice(0, 200) }));
          },
          setOrganizationAnswer: (localId, key, value) =>
            updateSaved(localId, (saved) => {
              const organization = { ...saved.assessment.organization };
              if (value === undefined) delete organization[key];
              else organization[key] = value;
              const marks = saved.notSure?.organization?.filter((q) => q !== key);
              return withMarks(
                { ...saved, assessment: { ...saved.assessment, organization } },
                withOrganizationMarks(saved.notSure, marks),
              );
            }),
          markOrganizationNotSure: (localId, key) =>
            updateSaved(localId, (saved) => {
              const organization = { ...saved.assessment.organization };
              delete organization[key];
              const marks = [...(saved.notSure?.organization?.filter((q) => q !== key) ?? []), key];
              return withMarks(
                { ...saved, assessment: { ...saved.assessment, organization } },
                withOrganizationMarks(saved.notSure, marks),
              );
            }),
          addUseCase: (localId, name, template) => {
            const assessment = find(localId)?.assessment;
            const trimmed = name.trim().slice(0, 120) || "Untitled use case";
            const id = slugForUseCase(trimmed, assessment?.useCases.map((u) => u.id) ?? []);
            const useCase: UseCase = template
              ? { id, name: trimmed, template, answers: {} }
              : { id, name: trimmed, answers: {} };
            update(localId, (a) => ({ ...a, useCases: [...a.useCases, useCase] }));
            return id;
          },
          renameUseCase: (localId, useCaseId, name) => {
            const trimmed = name.trim().slice(0, 120);
            if (trimmed) updateUseCase(localId, useCaseId, (u) => ({ ...u, name: trimmed }));
          },
          duplicateUseCase: (localId, useCaseId) => {
            const assessment = find(localId)?.assessment;
            const index = assessment?.useCases.findIndex((u) => u.id === useCaseId) ?? -1;
            const source = assessment?.useCases[index];
            if (!assessment || !source) return null;
            const name = `${source.name} (copy)`.slice(0, 120);
            const id = slugForUseCase(
              name,
              assessment.useCases.map((u) => u.id),
            );
            const marks = marksOf(localId, useCaseId);
            updateSaved(localId, (saved) => {
              const useCases = [...saved.assessment.useCases];
              useCases.splice(index + 1, 0, { ...structuredClone(source), id, name });
              const next = { ...saved, assessment: { ...saved.assessment, useCases } };
              return marks
                ? withMarks(next, withUseCaseMarks(saved.notSure, id, [...marks]))
                : next;
            });
            return id;
          },
          moveUseCase: (localId, useCaseId, toIndex) =>
            update(localId, (a) => {
              const from = a.useCases.findIndex((u) => u.id === useCaseId);
              const moving = a.useCases[from];
              if (!moving) return a;
              const useCases = a.useCases.filter((u) => u.id !== useCaseId);
              useCases.splice(Math.max(0, Math.min(toIndex, useCases.length)), 0, moving);
              return { ...a, useCases };
            }),
          removeUseCase: (localId, useCaseId) => {
            const assessment = find(localId)?.assessment;
            const index = assessment?.useCases.findIndex((u) => u.id === useCaseId) ?? -1;
            const useCase = assessment?.useCases[index];
            if (!useCase) return null;
            const notSure = marksOf(localId, useCaseId);
            updateSaved(localId, (saved) =>
              withMarks(
                {
                  ...saved,
                  assessment: {
                    ...saved.assessment,
                    useCases: saved.assessment.useCases.filter((u) => u.id !== useCaseId),
                  },
                },
                withUseCaseMarks(saved.notSure, useCaseId, undefined),
              ),
            );
            return notSure ? { useCase, index, notSure } : { useCase, index };
          },
          restoreUseCase: (localId, useCase, index, notSure) =>
            updateSaved(localId, (saved) => {
              if (saved.assessment.useCases.some((u) => u.id === useCase.id)) return saved;
              const useCases = [...saved.assessment.useCases];
              useCases.splice(Math.min(index, useCases.length), 0, useCase);
              const next = { ...saved, assessment: { ...saved.assessment, useCases } };
              return notSure
                ? withMarks(next, withUseCaseMarks(saved.notSure, useCase.id, notSure))
                : next;
            }),
          setAnswer: (localId, useCaseId, key, value) =>
            updateSaved(localId, (saved) => {
              const useCases = saved.assessment.useCases.map((u) => {
                if (u.id !== useCaseId) return u;
                const answers = { ...u.answers };
                if (value === undefined) delete answers[key];
                else answers[key] = value;
                return { ...u, answers };
              });
              const marks = saved.notSure?.useCases?.[useCaseId];
              const next = { ...saved, assessment: { ...saved.assessment, useCases } };
              return marks?.includes(key)
                ? withMarks(
                    next,
                    withUseCaseMarks(
                      saved.notSure,
                      useCaseId,
                      marks.filter((q) => q !== key),
                    ),
                  )
                : next;
            }),
          markNotSure: (localId, useCaseId, key) =>
            updateSaved(localId, (saved) => {
              if (!saved.assessment.useCases.some((u) => u.id === useCaseId)) return saved;
              const useCases = saved.assessment.useCases.map((u) => {
                if (u.id !== useCaseId) return u;
                const answers = { ...u.answers };
                delete answers[key];
                return { ...u, answers };
              });
              const marks = [
                ...(saved.notSure?.useCases?.[useCaseId]?.filter((q) => q !== key) ?? []),
                key,
              ];
              return withMarks(
                { ...saved, assessment: { ...saved.assessment, useCases } },
                withUseCaseMarks(saved.notSure, useCaseId, marks),
              );
            }),
          setWeight: (localId, criterion, value) =>
            update(localId, (a) => {
              const weights = { ...a.weights };
              if (value === undefined) delete weights[criterion];
              else weights[criterion] = Math.min(10, Math.max(0, value));
              const { weights: _old, ...rest } = a;
              return Object.keys(weights).length > 0 ? { ...rest, weights } : rest;
            }),
          resetWeights: (localId) =>
            update(localId, (a) => {
              const { weights: _old, ...rest } = a;
              return rest;
            }),
          setAssumption: (localId, id, value) =>
            update(localId, (a) => {
              const assumptions = { ...a.assumptions };
              if (value === undefined) delete assumptions[id];
              else assumptions[id] = value;
              const { assumptions: _old, ...rest } = a;
              return Object.keys(assumptions).length > 0 ? { ...rest, assumptions } : rest;
            }),
          resetAssumptions: (localId) =>
            update(localId, (a) => {
              const { assumptions: _old, ...rest } = a;
              return rest;
            }),
        };
      },
      {
        name: WORKSPACE_STORAGE_KEY,
        version: WORKSPACE_VERSION,
        storage,
        skipHydration: true,
        partialize: (state): WorkspaceData => ({
          assessments: state.assessments,
          activeId: state.activeId,
        }),
        // What getItem read and validated (zustand hands `merge` the same data, untyped).
        merge: (_persisted, current) => ({
          ...current,
          assessments: loaded.assessments,
          activeId: loaded.activeId,
        }),
      },
    ),
  );
  store.persist.onFinishHydration(() => {
    readOnce = true;
    store.setState({ hydrated: true, recovery: pendingRecovery });
    pendingRecovery = null;
  });
  return store;
}

/** A Storage kept in memory: for tests, and where the browser refuses localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
}
