import { describe, expect, it } from "vitest";
import { createWorkspaceStore, memoryStorage, slugForUseCase } from "./workspace-store";
import { WORKSPACE_BACKUP_PREFIX, WORKSPACE_STORAGE_KEY, writeWorkspace } from "./workspace-data";
import { readWorkspace } from "./workspace-schema";

function fixedClock() {
  let t = Date.UTC(2026, 10, 25, 9, 0, 0);
  return () => new Date((t += 1000));
}

function counterIds() {
  let n = 0;
  return () => `id${++n}`;
}

async function open(storage: Storage) {
  const store = createWorkspaceStore({ storage, now: fixedClock(), newId: counterIds() });
  await store.persist.rehydrate();
  return store;
}

describe("workspace store actions", () => {
  it("creates an assessment, answers the profile, adds and edits use cases", async () => {
    const store = await open(memoryStorage());
    const s = store.getState();
    const id = s.createAssessment("  Acme Bank  ");
    expect(store.getState().activeId).toBe(id);
    s.setOrganizationAnswer(id, "aiTeam", "ml_team");
    const contracts = s.addUseCase(id, "Contract extraction", "document-processing");
    const blank = s.addUseCase(id, "Contract extraction");
    expect([contracts, blank]).toEqual(["contract-extraction", "contract-extraction-2"]);
    s.setAnswer(id, contracts, "monthlyRequests", 200_000);
    s.setAnswer(id, contracts, "dataSensitivity", "confidential");
    s.setAnswer(id, contracts, "dataSensitivity", undefined);
    s.renameUseCase(id, blank, "Invoice coding");
    const a = store.getState().assessments[0]?.assessment;
    expect(a?.title).toBe("Acme Bank");
    expect(a?.organization).toEqual({ aiTeam: "ml_team" });
    expect(a?.useCases).toEqual([
      {
        id: "contract-extraction",
        name: "Contract extraction",
        template: "document-processing",
        answers: { monthlyRequests: 200_000 },
      },
      { id: "contract-extraction-2", name: "Invoice coding", answers: {} },
    ]);
  });

  it("duplicates, reorders, removes and restores use cases", async () => {
    const store = await open(memoryStorage());
    const s = store.getState();
    const id = s.createAssessment("T");
    s.addUseCase(id, "A");
    s.addUseCase(id, "B");
    const copy = s.duplicateUseCase(id, "a");
    expect(copy).toBe("a-copy");
    s.moveUseCase(id, "b", 0);
    const order = () => store.getState().assessments[0]?.assessment.useCases.map((u) => u.id);
    expect(order()).toEqual(["b", "a", "a-copy"]);
    const removed = s.removeUseCase(id, "a");
    expect(order()).toEqual(["b", "a-copy"]);
    if (!removed) throw new Error("not removed");
    s.restoreUseCase(id, removed.useCase, removed.index);
    expect(order()).toEqual(["b", "a", "a-copy"]);
  });

  it("keeps several assessments, deletes with undo, and stores weights and assumptions sparsely", async () => {
    const store = await open(memoryStorage());
    const s = store.getState();
    const first = s.createAssessment("First");
    const second = s.createAssessment("Second");
    expect(store.getState().assessments.map((a) => a.assessment.title)).toEqual([
      "Second",
      "First",
    ]);
    s.setWeight(first, "cost", 12);
    s.setAssumption(first, "gpuHourPrice", 2.5);
    let a = store.getState().assessments.find((x) => x.localId === first)?.assessment;
    expect(a?.weights).toEqual({ cost: 10 });
    expect(a?.assumptions).toEqual({ gpuHourPrice: 2.5 });
    s.setWeight(first, "cost", undefined);
    s.resetAssumptions(first);
    a = store.getState().assessments.find((x) => x.localId === first)?.assessment;
    expect(a && "weights" in a).toBe(false);
    expect(a && "assumptions" in a).toBe(false);
    const deleted = s.deleteAssessment(second);
    expect(store.getState().activeId).toBe(first);
    if (!deleted) throw new Error("not deleted");
    s.restoreAssessment(deleted.saved, deleted.index);
    expect(store.getState().assessments.map((x) => x.localId)).toEqual([second, first]);
  });
});

describe("not sure", () => {
  const marks = (store: Awaited<ReturnType<typeof open>>) =>
    store.getState().assessments[0]?.notSure;
  const answers = (store: Awaited<ReturnType<typeof open>>, useCaseId: string) =>
    store.getState().assessments[0]?.assessment.useCases.find((u) => u.id === useCaseId)?.answers;

  it("clears the answer, remembers the choice, and lifts it when the question is answered", async () => {
    const store = await open(memoryStorage());
    const s = store.getState();
    const id = s.createAssessment("T");
    const uc = s.addUseCase(id, "Search", "knowledge-search");
    s.setAnswer(id, uc, "dataSensitivity", "regulated");
    s.markNotSure(id, uc, "dataSensitivity");
    s.markNotSure(id, uc, "dataSensitivity");
    expect(answers(store, uc)).toEqual({});
    expect(marks(store)).toEqual({ useCases: { search: ["dataSensitivity"] } });
    s.setAnswer(id, uc, "dataSensitivity", "public");
    expect(answers(store, uc)).toEqual({ dataSensitivity: "public" });
    expect(marks(store)).toBeUndefined();
    expect(Object.keys(store.getState().assessments[0] ?? {})).not.toContain("notSure");
  });

  it("works the same for the organization profile", async () => {
    const store = await open(memoryStorage());
    const s = store.getState();
    const id = s.createAssessment("T");
    s.setOrganizationAnswer(id, "aiTeam", "platform");
    s.markOrganizationNotSure(id, "aiTeam");
    expect(store.getState().assessments[0]?.assessment.organization).toEqual({});
    expect(marks(store)).toEqual({ organization: ["aiTeam"] });
    s.setOrganizationAnswer(id, "aiTeam", "none");
    expect(marks(store)).toBeUndefined();
  });

  it("ignores a use case that does not exist", async () => {
    const store = await open(memoryStorage());
    const id = store.getState().createAssessment("T");
    store.getState().markNotSure(id, "nope", "exposure");
    expect(marks(store)).toBeUndefined();
  });

  it("follows a use case through duplicate, remove and undo", async () => {
    const store = await open(memoryStorage());
    const s = store.getState();
    const id = s.createAssessment("T");
    const uc = s.addUseCase(id, "A");
    s.markNotSure(id, uc, "exposure");
    const copy = s.duplicateUseCase(id, uc);
    expect(marks(store)).toEqual({ useCases: { a: ["exposure"], "a-copy": ["exposure"] } });
    const removed = s.removeUseCase(id, uc);
    expect(removed?.notSure).toEqual(["exposure"]);
    expect(marks(store)).toEqual({ useCases: { "a-copy": ["exposure"] } });
    if (!removed || !copy) throw new Error("not removed");
    s.restoreUseCase(id, removed.useCase, removed.index, removed.notSure);
    expect(marks(store)).toEqual({ useCases: { a: ["exposure"], "a-copy": ["exposure"] } });
    expect(store.getState().assessments[0]?.assessment.useCases.map((u) => u.id)).toEqual([
      "a",
      "a-copy",
    ]);
  });

  it("is copied with a duplicated assessment and survives a reload", async () => {
    const storage = memoryStorage();
    const store = await open(storage);
    const s = store.getState();
    const id = s.createAssessment("T");
    s.markOrganizationNotSure(id, "infrastructure");
    const copy = s.duplicateAssessment(id);
    expect(store.getState().assessments.find((a) => a.localId === copy)?.notSure).toEqual({
      organization: ["infrastructure"],
    });
    const reloaded = await open(storage);
    expect(reloaded.getState().assessments).toEqual(store.getState().assessments);
  });

  it("drops damaged marks but keeps the assessment they belong to", async () => {
    const saved = {
      localId: "g",
      createdAt: "x",
      updatedAt: "x",
      assessment: {
        schema: "crossover.assessment/v1",
        title: "Good",
        organization: {},
        useCases: [],
      },
      notSure: { organization: ["robots"] },
    };
    const storage = memoryStorage({
      [WORKSPACE_STORAGE_KEY]: JSON.stringify({
        version: 1,
        state: { assessments: [saved], activeId: "g" },
      }),
    });
    const store = await open(storage);
    expect(store.getState().assessments.map((a) => a.assessment.title)).toEqual(["Good"]);
    expect(store.getState().assessments[0]?.notSure).toBeUndefined();
    expect(store.getState().recovery).toBeNull();
  });
});

describe("persistence", () => {
  it("round-trips through storage: a reload loses nothing", async () => {
    const storage = memoryStorage();
    const store = await open(storage);
    const id = store.getState().createAssessment("Round trip");
    store.getState().addUseCase(id, "Search", "knowledge-search");
    store.getState().setAnswer(id, "search", "monthlyRequests", 1234);
    const reloaded = await open(storage);
    expect(reloaded.getState().hydrated).toBe(true);
    expect(reloaded.getState().assessments).toEqual(store.getState().assessments);
    expect(reloaded.getState().activeId).toBe(id);
    expect(reloaded.getState().recovery).toBeNull();
  });

  it("writes nothing while the saved workspace is still being read, so it cannot be lost", async () => {
    const storage = memoryStorage();
    const first = await open(storage);
    first.getState().createAssessment("Kept");
    const saved = storage.getItem(WORKSPACE_STORAGE_KEY);

    // Reading saved work loads zod first, so the read ends later: a change in between (none of
    // the screens offers one before `hydrated`) must not save the empty starting state over it.
    const second = createWorkspaceStore({ storage, now: fixedClock(), newId: counterIds() });
    const reading = second.persist.rehydrate();
    expect(second.getState().hydrated).toBe(false);
    second.getState().createAssessment("Too early");
    expect(storage.getItem(WORKSPACE_STORAGE_KEY)).toBe(saved);
    await reading;
    expect(second.getState().assessments.map((a) => a.assessment.title)).toEqual(["Kept"]);
    second.getState().createAssessment("After");
    expect(second.getState().assessments).toHaveLength(2);
    expect(storage.getItem(WORKSPACE_STORAGE_KEY)).toContain("After");
  });

  it("sets a corrupt saved state aside as a backup, says so, and still opens", async () => {
    const storage = memoryStorage({ [WORKSPACE_STORAGE_KEY]: "{not json" });
    const store = await open(storage);
    const { recovery, assessments } = store.getState();
    expect(assessments).toEqual([]);
    expect(recovery?.reason).toMatch(/not readable/);
    expect(recovery?.backupKey.startsWith(WORKSPACE_BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(recovery?.backupKey ?? "")).toBe("{not json");
  });

  it("keeps the assessments that still validate when some are damaged", async () => {
    const good = {
      localId: "g",
      createdAt: "x",
      updatedAt: "x",
      assessment: {
        schema: "crossover.assessment/v1",
        title: "Good",
        organization: {},
        useCases: [],
      },
    };
    const bad = {
      localId: "b",
      createdAt: "x",
      updatedAt: "x",
      assessment: {
        schema: "crossover.assessment/v1",
        title: "",
        organization: { aiTeam: "robots" },
        useCases: [],
      },
    };
    const storage = memoryStorage({
      [WORKSPACE_STORAGE_KEY]: JSON.stringify({
        version: 1,
        state: { assessments: [good, bad], activeId: "b" },
      }),
    });
    const store = await open(storage);
    expect(store.getState().assessments.map((a) => a.localId)).toEqual(["g"]);
    expect(store.getState().activeId).toBe("g");
    expect(store.getState().recovery?.reason).toMatch(/1 saved assessment was damaged/);
  });

  it("opens a workspace saved before the questionnaire's marks existed", async () => {
    const old = {
      localId: "o",
      createdAt: "x",
      updatedAt: "x",
      assessment: {
        schema: "crossover.assessment/v1",
        title: "Old",
        organization: { aiTeam: "none" },
        useCases: [{ id: "a", name: "A", answers: {} }],
      },
    };
    const storage = memoryStorage({
      [WORKSPACE_STORAGE_KEY]: JSON.stringify({
        version: 1,
        state: { assessments: [old], activeId: "o" },
      }),
    });
    const store = await open(storage);
    expect(store.getState().assessments).toEqual([old]);
    expect(store.getState().recovery).toBeNull();
    store.getState().markNotSure("o", "a", "exposure");
    expect((await open(storage)).getState().assessments[0]?.notSure).toEqual({
      useCases: { a: ["exposure"] },
    });
  });

  it("recognises a workspace saved by a newer version", () => {
    const load = readWorkspace(JSON.stringify({ version: 7, state: {} }));
    expect(load.status).toBe("recovered");
    if (load.status === "recovered") expect(load.reason).toMatch(/newer version/);
  });

  it("writes what it reads", () => {
    const data = { assessments: [], activeId: null };
    expect(readWorkspace(writeWorkspace(data))).toEqual({ status: "ok", data });
  });
});

describe("use case ids", () => {
  it("slugs names and keeps them unique", () => {
    expect(slugForUseCase("Contract clause extraction!", [])).toBe("contract-clause-extraction");
    expect(slugForUseCase("Évaluation des risques", [])).toBe("evaluation-des-risques");
    expect(slugForUseCase("???", [])).toBe("use-case");
    expect(slugForUseCase("A", ["a", "a-2"])).toBe("a-3");
  });
});
