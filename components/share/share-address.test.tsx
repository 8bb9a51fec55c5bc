import { describe, expect, it } from "vitest";
import { readShareAddress, shareAddressHash } from "./share-address";

describe("share page address", () => {
  it("reads the payload alone as the portfolio", () => {
    expect(readShareAddress("#1.AbC-_9")).toEqual({ payload: "1.AbC-_9", useCase: null });
    expect(readShareAddress("1.AbC")).toEqual({ payload: "1.AbC", useCase: null });
    expect(readShareAddress("")).toEqual({ payload: "", useCase: null });
  });

  it("reads &u=<n> as the n-th use case, and ignores a position that is not one", () => {
    expect(readShareAddress("#1.AbC&u=3")).toEqual({ payload: "1.AbC", useCase: 3 });
    expect(readShareAddress("#1.AbC&u=0")).toEqual({ payload: "1.AbC", useCase: null });
    expect(readShareAddress("#1.AbC&u=x")).toEqual({ payload: "1.AbC", useCase: null });
    expect(readShareAddress("#1.AbC&u=99999999")).toEqual({ payload: "1.AbC", useCase: null });
  });

  it("writes what it reads", () => {
    for (const useCase of [null, 1, 12]) {
      expect(readShareAddress(shareAddressHash("1.Zz", useCase))).toEqual({
        payload: "1.Zz",
        useCase,
      });
    }
  });
});
