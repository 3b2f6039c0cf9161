import type { AttributeDefinition } from "../schema.js";
import { attribute, complexAttribute } from "./attribute.js";

const readOnly = { mutability: "readOnly" } as const;

/**
 * The attributes common to every resource, RFC 7643 §3.1, which the RFC
 * defines once rather than in each schema (they are therefore not listed in
 * the §8.7.1 User and Group schemas): `id`, `externalId`, `meta`, plus the
 * `schemas` attribute of §3.
 *
 * `id` is assigned by the service provider ("MUST NOT be specified by the
 * client"), so it is `required: false` for writes even though every returned
 * resource has one; it is case-exact, read-only, "always" returned, unique.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-3.1
 */
export const CommonAttributeDefinitions: AttributeDefinition[] = [
  attribute("string", "id", "A unique identifier for a SCIM resource as defined by the service provider.", {
    caseExact: true,
    mutability: "readOnly",
    returned: "always",
    uniqueness: "server",
  }),
  attribute("string", "externalId", "A String that is an identifier for the resource as defined by the provisioning client.", {
    caseExact: true,
  }),
  complexAttribute(
    "meta",
    "A complex attribute containing resource metadata.",
    [
      attribute("string", "resourceType", "The name of the resource type of the resource.", { caseExact: true, ...readOnly }),
      attribute("dateTime", "created", "The \"DateTime\" that the resource was added to the service provider.", readOnly),
      attribute("dateTime", "lastModified", "The most recent DateTime that the details of this resource were updated at the service provider.", readOnly),
      attribute("reference", "location", "The URI of the resource being returned.", { caseExact: true, referenceTypes: ["uri"], ...readOnly }),
      attribute("string", "version", "The version of the resource being returned.", { caseExact: true, ...readOnly }),
    ],
    readOnly,
  ),
  attribute("reference", "schemas", "The URIs of the schemas that define the attributes present in the resource.", {
    multiValued: true,
    required: true,
    caseExact: true,
    referenceTypes: ["uri"],
    returned: "always",
  }),
];
