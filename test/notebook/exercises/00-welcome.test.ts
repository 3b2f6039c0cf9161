import { describe, expect, it } from "vitest";
import { ____ } from "../../../src/notebook/placeholder.js";
import { chapter00 } from "../../../src/notebook/exercises/00-welcome.js";
import { courseServer } from "./course-server.js";

const course = courseServer();

describe("chapter 00 exercises", () => {
  it("q1 accepts the server's patch.supported and rejects the opposite", async () => {
    const config = await course.client.serviceProviderConfig();
    expect((await chapter00.q1.evaluate(config.patch.supported)).outcome).toBe("correct");
    expect((await chapter00.q1.evaluate(!config.patch.supported)).outcome).toBe("incorrect");
    expect((await chapter00.q1.evaluate("true" as never)).outcome).toBe("incorrect");
  });

  it("q2 accepts the Group endpoint and rejects the User one", async () => {
    const resourceTypes = await course.client.resourceTypes();
    const groupEndpoint = resourceTypes.find((type) => type.name === "Group")!.endpoint;
    expect((await chapter00.q2.evaluate(groupEndpoint)).outcome).toBe("correct");
    const wrong = await chapter00.q2.evaluate("/Users");
    expect(wrong.outcome).toBe("incorrect");
    expect(wrong.message).toMatch(/users live/);
  });

  it("q3 accepts readOnly, read from the schema, and rejects readWrite", async () => {
    const schemas = await course.client.schemas();
    const userSchema = schemas.find((schema) => schema.id === "urn:ietf:params:scim:schemas:core:2.0:User")!;
    const groupsMutability = userSchema.attributes.find((attribute) => attribute.name === "groups")!.mutability!;
    expect(groupsMutability).toBe("readOnly");
    expect((await chapter00.q3.evaluate(groupsMutability)).outcome).toBe("correct");
    expect((await chapter00.q3.evaluate("readWrite")).outcome).toBe("incorrect");
  });

  it("reports the blank as not attempted", async () => {
    for (const question of [chapter00.q1, chapter00.q2, chapter00.q3]) {
      expect((await question.evaluate(____)).outcome).toBe("not-attempted");
    }
  });
});
