"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import {
  createWorkspaceStore,
  memoryStorage,
  type WorkspaceState,
  type WorkspaceStore,
} from "./workspace-store";
import { WORKSPACE_STORAGE_KEY } from "./workspace-data";

const WorkspaceContext = createContext<WorkspaceStore | null>(null);

/** localStorage where the browser allows it; memory otherwise (private modes, disabled storage). */
function browserStorage(): Storage {
  try {
    const probe = "crossover.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}

/**
 * Holds one workspace store for the screens below it. The saved workspace is read after mount, so
 * the first client render matches the static HTML; other tabs and windows of the same browser
 * stay in step through the storage event.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() =>
    createWorkspaceStore(typeof window === "undefined" ? {} : { storage: browserStorage() }),
  );
  useEffect(() => {
    void store.persist.rehydrate();
    const onStorage = (event: StorageEvent) => {
      if (event.key === WORKSPACE_STORAGE_KEY) void store.persist.rehydrate();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [store]);
  return <WorkspaceContext.Provider value={store}>{children}</WorkspaceContext.Provider>;
}

/** Selects from the workspace store; must be used below a WorkspaceProvider. */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error("useWorkspace must be used within a WorkspaceProvider");
  return useStore(store, selector);
}

/** The store itself, for actions called from event handlers. */
export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error("useWorkspaceStore must be used within a WorkspaceProvider");
  return store;
}
