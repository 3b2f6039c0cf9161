import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as frontDoor from "../src/index.js";

const root = join(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

describe("the learner's front door, `import … from \"scimlab\"`", () => {
  it("is small: the client, the model, the builders, the course and the notebook helpers", () => {
    const names = Object.keys(frontDoor);
    expect(names.length).toBeLessThanOrEqual(100);
    for (const name of ["ScimClient", "connect", "courseSetup", "filter", "patch", "showExchanges", "UniquenessError", "UserInputSchema", "chapter01", "____", "runChecker", "showCheckerReport", "labFeatures", "showNeedsEmbedded", "chapter09", "serveInKernel", "scimApp", "chapter08", "replayProvider", "showReplay", "chapter07", "sync", "showSyncPlan", "showMembershipGraph", "chapter06", "chapter04", "chapter05", "seedCrowd"]) {
      expect(names, name).toContain(name);
    }
  });

  it("keeps server internals, renderers and schema data behind subpaths", () => {
    const names = Object.keys(frontDoor);
    for (const name of ["startServer", "createHandler", "SqliteStore", "RequestLog", "renderUsers", "escapeHtml", "displayBundle", "UserSchemaDefinition", "findAttribute", "paginate", "OperationTable", "renderJunit", "renderHtmlReport"]) {
      expect(names, name).not.toContain(name);
    }
  });
});

describe("the subpath exports in package.json", () => {
  const subpaths = ["scim", "client", "server", "setup", "notebook", "room", "checker", "providers", "sync"];

  it("declares each layer's door, for Node (`exports`) and for TypeScript without exports support (`typesVersions`)", () => {
    for (const sub of subpaths) {
      expect(manifest.exports[`./${sub}`]).toEqual({ types: `./dist/${sub}/index.d.ts`, default: `./dist/${sub}/index.js` });
      expect(manifest.typesVersions["*"][sub]).toEqual([`./dist/${sub}/index.d.ts`]);
      expect(existsSync(join(root, "src", sub, "index.ts")), `src/${sub}/index.ts`).toBe(true);
    }
  });

  it("each door opens: the server's startServer, the setup's seedDirectory, the notebook's defineExercise", async () => {
    expect(typeof (await import("../src/server/index.js")).startServer).toBe("function");
    expect(typeof (await import("../src/setup/index.js")).expectedDirectory).toBe("function");
    expect(typeof (await import("../src/notebook/index.js")).defineExercise).toBe("function");
    expect(typeof (await import("../src/scim/index.js")).findAttribute).toBe("function");
    expect(typeof (await import("../src/client/index.js")).paginate).toBe("function");
    expect(typeof (await import("../src/room/index.js")).startRoom).toBe("function");
    expect(typeof (await import("../src/checker/index.js")).renderJunit).toBe("function");
  });
});
