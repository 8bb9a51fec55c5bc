import { describe, expect, it } from "vitest";
import { createWorkspaceStore, memoryStorage, useCaseIdFor } from "./workspace-store";
import { WORKSPACE_BACKUP_PREFIX, WORKSPACE_STORAGE_KEY, readWorkspace, writeWorkspace } from "./workspace-schema";

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
      { id: "contract-extraction", name: "Contract extraction", template: "document-processing", answers: { monthlyRequests: 200_000 } },
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
    expect(store.getState().assessments.map((a) => a.assessment.title)).toEqual(["Second", "First"]);
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
    const good = { localId: "g", createdAt: "x", updatedAt: "x", assessment: { schema: "crossover.assessment/v1", title: "Good", organization: {}, useCases: [] } };
    const bad = { localId: "b", createdAt: "x", updatedAt: "x", assessment: { schema: "crossover.assessment/v1", title: "", organization: { aiTeam: "robots" }, useCases: [] } };
    const storage = memoryStorage({ [WORKSPACE_STORAGE_KEY]: JSON.stringify({ version: 1, state: { assessments: [good, bad], activeId: "b" } }) });
    const store = await open(storage);
    expect(store.getState().assessments.map((a) => a.localId)).toEqual(["g"]);
    expect(store.getState().activeId).toBe("g");
    expect(store.getState().recovery?.reason).toMatch(/1 saved assessment was damaged/);
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
    expect(useCaseIdFor("Contract clause extraction!", [])).toBe("contract-clause-extraction");
    expect(useCaseIdFor("Évaluation des risques", [])).toBe("evaluation-des-risques");
    expect(useCaseIdFor("???", [])).toBe("use-case");
    expect(useCaseIdFor("A", ["a", "a-2"])).toBe("a-3");
  });
});
