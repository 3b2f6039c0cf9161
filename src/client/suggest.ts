import {
  findAttribute,
  findExtension,
  resourceSchemas,
  type ResourceTypeName,
} from "../scim/definitions/attribute-lookup.js";

/**
 * Suggest the attribute a misspelled name probably meant ("did you mean userName?"), looking among
 * the attributes allowed where the name was written: the core schema at the top, the sub-attributes
 * of `name` inside `name`, an extension's attributes inside its URN object.
 *
 * Names are compared case-insensitively (RFC 7643 §2.1) by edit distance; nothing is suggested when
 * no name is close.
 *
 * @param parentPath - where the unknown key was found, e.g. `["emails", 0]`
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.1
 */
export function suggestAttribute(
  resourceType: ResourceTypeName,
  parentPath: ReadonlyArray<string | number>,
  key: string,
): string | undefined {
  const candidates = candidateNames(resourceType, parentPath.filter((p): p is string => typeof p === "string"));
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function candidateNames(resourceType: ResourceTypeName, names: string[]): string[] {
  const [first, second] = names;
  if (first === undefined) return resourceSchemas(resourceType).core.attributes.map((a) => a.name);
  if (first.startsWith("urn:")) {
    if (second === undefined) return findExtension(resourceType, first)?.attributes.map((a) => a.name) ?? [];
    return findAttribute(resourceType, { schema: first, name: second })?.subAttributes?.map((a) => a.name) ?? [];
  }
  if (names.length > 1) return [];
  return findAttribute(resourceType, { name: first })?.subAttributes?.map((a) => a.name) ?? [];
}

/** The Levenshtein distance between two strings: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
