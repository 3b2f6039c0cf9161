import { resourceSchemas, type ResourceTypeName } from "../scim/definitions/attribute-lookup.js";
import { CommonAttributeDefinitions } from "../scim/definitions/common-attributes.js";
import type { AttributeDefinition } from "../scim/schema.js";
import { projectAttributes, type ProjectionOptions } from "./resource/project.js";

/**
 * The top-level keys (lower-case) under which a resource type can hold an
 * attribute that a default response leaves out: `returned: "never"` (such as
 * `password`) or `"request"`, directly or in a sub-attribute or extension.
 * Computed once from the schema definitions (RFC 7643 §7).
 */
const hiddenKeys: Record<ResourceTypeName, Set<string>> = { User: hiddenKeysOf("User"), Group: hiddenKeysOf("Group") };

/** A JSON member named by one of the {@link hiddenKeys}, anywhere in a document's text. */
const hiddenPatterns: Record<ResourceTypeName, RegExp | undefined> = { User: patternOf(hiddenKeys.User), Group: patternOf(hiddenKeys.Group) };

/**
 * True when the JSON text of a resource may hold an attribute that a default
 * response leaves out (a conservative test on the text: a value that merely
 * looks like such a member also counts).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-7
 */
export function mayHoldHiddenAttribute(resourceType: ResourceTypeName, json: string): boolean {
  return hiddenPatterns[resourceType]?.test(json) ?? false;
}

/**
 * Shape a resource for a response, RFC 7644 §3.9, with {@link projectAttributes}.
 * Fast path: with neither `attributes` nor `excludedAttributes`, a resource
 * holding none of the {@link hiddenKeys} is already its own default
 * projection and is returned as is (most reads: this keeps GET by id cheap).
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export function project(resource: Record<string, unknown>, options: ProjectionOptions, resourceType: ResourceTypeName): Record<string, unknown> {
  if (options.attributes === undefined && options.excludedAttributes === undefined) {
    const hidden = hiddenKeys[resourceType];
    let plain = true;
    for (const key in resource) {
      if (hidden.has(key.toLowerCase())) {
        plain = false;
        break;
      }
    }
    if (plain) return resource;
  }
  return projectAttributes(resource, options, resourceType);
}

/**
 * Check `attributes` / `excludedAttributes` before any work is done, so that a
 * bad list is a 400 (invalidPath) even when no resource would be shaped, and
 * before a write rather than after it.
 *
 * @throws InvalidPathError naming the bad attribute path.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.9
 */
export function checkProjection(options: ProjectionOptions, resourceTypes: readonly ResourceTypeName[]): void {
  if (options.attributes === undefined && options.excludedAttributes === undefined) return;
  for (const resourceType of resourceTypes) projectAttributes({}, options, resourceType);
}

function patternOf(keys: Set<string>): RegExp | undefined {
  if (keys.size === 0) return undefined;
  const names = [...keys].map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`"(?:${names.join("|")})"\\s*:`, "i");
}

function hiddenKeysOf(resourceType: ResourceTypeName): Set<string> {
  const { core, extensions } = resourceSchemas(resourceType);
  const keys = new Set<string>();
  for (const attribute of [...CommonAttributeDefinitions, ...core.attributes]) if (hides(attribute)) keys.add(attribute.name.toLowerCase());
  for (const extension of extensions) if (extension.attributes.some(hides)) keys.add(extension.id.toLowerCase());
  return keys;
}

function hides(attribute: AttributeDefinition): boolean {
  return attribute.returned === "never" || attribute.returned === "request" || (attribute.subAttributes ?? []).some(hides);
}
