import { describe, expect, it } from "vitest";
import { bentServerOutcomes, expectEveryCheck, expectEveryCheckWithin } from "../notebooks/jupyter.js";

const run = (...outcomes: string[]) => ({
  answers: ["chapter03.q2"],
  checks: outcomes.map((outcome) => ({ exercise: "chapter03.q2", outcome, message: "…" })),
});

describe("the notebook runs' check expectations", () => {
  it("on the embedded server, a solution must be correct and may be neither incorrect nor a server limitation", () => {
    expect(() => expectEveryCheck(run("correct"), "correct", ["incorrect", "server-limitation"])).not.toThrow();
    expect(() => expectEveryCheck(run("server-limitation"), "correct", ["incorrect", "server-limitation"])).toThrow();
    expect(() => expectEveryCheck(run("correct", "incorrect"), "correct", "incorrect")).toThrow();
  });

  it("on a bent server, a solution may be correct or a server limitation, never incorrect, and must have been checked", () => {
    expect(() => expectEveryCheckWithin(run("server-limitation"), bentServerOutcomes)).not.toThrow();
    expect(() => expectEveryCheckWithin(run("correct", "server-limitation"), bentServerOutcomes)).not.toThrow();
    expect(() => expectEveryCheckWithin(run("incorrect"), bentServerOutcomes)).toThrow(/chapter03\.q2/);
    expect(() => expectEveryCheckWithin(run(), bentServerOutcomes)).toThrow(/never ran/);
  });
});
