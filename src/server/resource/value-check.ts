import { InvalidValueError } from "../../scim/errors.js";
import { isJsonObject, type JsonObject } from "./attribute-access.js";
import { subAttributeOf, type AttributeInfo } from "./schema-info.js";

/**
 * Check a value against an attribute's definition and return it cleaned up:
 * sub-attribute names in the schema's spelling, string booleans turned into
 * booleans.
 *
 * 1. A multi-valued attribute takes a JSON array (RFC 7643 §2.4), each item
 *    checked as a single value.
 * 2. Each type takes its JSON form (RFC 7643 §2.3): string, binary and
 *    reference a string; boolean `true`/`false`; decimal a number; integer a
 *    whole number; dateTime an xsd:dateTime string ("2008-01-23T04:56:22Z");
 *    complex an object whose keys are the attribute's sub-attributes.
 * 3. null is kept: RFC 7643 §2.5 makes it "unassigned"; callers decide what
 *    that means.
 *
 * Leniencies, each for a client that needs it:
 * - Microsoft Entra ID sends booleans as the strings "True" / "False"
 *   (e.g. `{"op":"Replace","path":"active","value":"False"}`): any case of
 *   "true"/"false" becomes a boolean. (The strict dialect refuses them before
 *   this runs, src/server/dialect; the others have turned them into Booleans.)
 * - Entra sends the enterprise `manager` as a bare id
 *   (`"value": "26118915-6090-4610-87e4-49d8ca9f808d"`): a string given for a
 *   complex attribute that has a `value` sub-attribute becomes `{ value }`.
 *
 * @param label the attribute's path, for messages (`emails[0].value`).
 * @throws InvalidValueError (400, `invalidValue`) naming the attribute and the expected type.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export function checkValue(attribute: AttributeInfo, value: unknown, label: string): unknown {
  if (value === null || value === undefined) return null; // 3.
  if (!attribute.multiValued) return checkSingle(attribute, value, label);
  // 1. Arrays.
  if (!Array.isArray(value)) {
    throw new InvalidValueError(`${label} is multi-valued, so its value must be a JSON array; got ${describe(value)}.`, {
      hint: `Send [${JSON.stringify(value)}] to give ${label} one value.`,
    });
  }
  return value.map((item, index) => checkSingle(attribute, item, `${label}[${index}]`));
}

/**
 * Check one value (one item of a multi-valued attribute, or a singular
 * attribute's value): step 2 of {@link checkValue}.
 *
 * @throws InvalidValueError naming the attribute and the expected type.
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-2.3
 */
export function checkSingle(attribute: AttributeInfo, value: unknown, label: string): unknown {
  if (value === null) return null;
  switch (attribute.type) {
    case "boolean":
      if (typeof value === "boolean") return value;
      // Entra ID: "True" / "False".
      if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
      return fail(label, "a boolean (true or false)", value, "2.3.2");
    case "decimal":
      return typeof value === "number" && Number.isFinite(value) ? value : fail(label, "a number", value, "2.3.3");
    case "integer":
      return Number.isInteger(value) ? value : fail(label, "a whole number", value, "2.3.4");
    case "dateTime":
      return typeof value === "string" && isDateTime(value)
        ? value
        : fail(label, 'a dateTime string such as "2008-01-23T04:56:22Z"', value, "2.3.5");
    case "complex":
      return checkComplex(attribute, value, label);
    default:
      return typeof value === "string" ? value : fail(label, "a string", value, "2.3.1");
  }
}

function checkComplex(attribute: AttributeInfo, value: unknown, label: string): JsonObject {
  // Entra ID: the manager's id alone.
  if (typeof value === "string" && subAttributeOf(attribute, "value") !== undefined) return { value };
  if (!isJsonObject(value)) return fail(label, "a JSON object of sub-attributes", value, "2.3.8");
  const result: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const sub = subAttributeOf(attribute, key);
    if (sub === undefined) {
      const known = attribute.subAttributes.map((s) => s.name).join(", ");
      throw new InvalidValueError(`${label} has no sub-attribute "${key}".`, {
        hint: `The sub-attributes of ${attribute.name} are: ${known}.`,
      });
    }
    result[sub.name] = checkValue(sub, item, `${label}.${sub.name}`);
  }
  return result;
}

/** RFC 7643 §2.3.5: "MUST be encoded as a valid xsd:dateTime"; a date alone, or text Date cannot read, is refused. */
function isDateTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(text) && !Number.isNaN(Date.parse(text));
}

function fail(label: string, expected: string, value: unknown, section: string): never {
  throw new InvalidValueError(`${label} must be ${expected} (RFC 7643 §${section}); got ${describe(value)}.`, {
    hint: `Change the value of ${label} to ${expected}.`,
  });
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  const kind = Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `a ${typeof value}`;
  return `${kind} ${shown}`;
}
