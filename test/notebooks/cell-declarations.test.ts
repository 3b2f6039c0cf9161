import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../../scripts/prepare.js";

/**
 * tslab compiles every cell together with a declaration file of everything the cells before it declared, and
 * type-checks that file again for each new cell. A value whose type has no name is written out in full there: a
 * `User` typed as `z.infer<typeof UserSchema>` was 20 KB of zod generics, and chapter 01's declarations had grown
 * to 139 KB by its last cell, so even a comment-only cell took 100 ms. The kit's model types are therefore
 * written-out interfaces (src/scim/index.ts says why), which print as their names.
 */
const cells = [
  `import { ScimClient, courseSetup, directoryEntry, patch } from "scimlab";`,
  `let client: ScimClient;`,
  `const setup = await courseSetup(client);`,
  `const entry = directoryEntry("cminer");`,
  `const user = await client.users.get("id");`,
  `const page = await client.users.list({ count: 5 });`,
  `const group = await client.groups.get("id");`,
  `const config = await client.serviceProviderConfig();`,
  `const resourceTypes = await client.resourceTypes();`,
  `const schemas = await client.schemas();`,
  `const bulk = await client.bulk({ Operations: [] });`,
  `const body = patch().replace("active", false).build();`,
];

/** Compile the cells in order with tslab's own converter, from the notebooks folder, and return the last declarations. */
function declarationsAfter(sources: string[]): string {
  const script = `
    const { createConverter } = require(${JSON.stringify(join(root, "node_modules", "tslab", "dist", "converter.js"))});
    const converter = createConverter();
    let declarations = "";
    for (const source of JSON.parse(require("fs").readFileSync(0, "utf8"))) {
      const result = converter.convert(declarations, source);
      if (result.diagnostics.length > 0) throw new Error(source + ": " + result.diagnostics.map((d) => d.messageText).join("; "));
      declarations = result.declOutput;
    }
    process.stdout.write(declarations);
    process.exit(0);`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: join(root, "notebooks"), input: JSON.stringify(sources), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe("what tslab declares for the cells that come after", () => {
  it("names the kit's types instead of writing zod's generics out, so each new cell checks a small file", () => {
    const declarations = declarationsAfter(cells);
    expect(declarations).not.toContain(`import("zod")`);
    for (const [name, type] of [
      ["entry", "CastMember"],
      ["user", "User"],
      ["page", "ListPage<"],
      ["group", "Group"],
      ["config", "ServiceProviderConfig"],
      ["resourceTypes", "ResourceType[]"],
      ["schemas", "SchemaDefinition[]"],
      ["bulk", "BulkResponse"],
      ["body", "PatchOp"],
    ]) {
      expect(declarations).toMatch(new RegExp(`declare const ${name}: [^\\n]*\\b${type.replace(/[[\]<]/g, "\\$&")}`));
    }
    expect(declarations.length).toBeLessThan(2_000);
  }, 60_000);
});
