import type { SchemaDefinition } from "../schema.js";
import { SchemaUrn } from "../urns.js";
import { attribute, complexAttribute } from "./attribute.js";

/**
 * The Enterprise User extension schema as data, RFC 7643 §8.7.1 (the
 * attributes of §4.3), as served at
 * `/Schemas/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-8.7.1
 */
export const EnterpriseUserSchemaDefinition: SchemaDefinition = {
  schemas: [SchemaUrn.Schema],
  id: SchemaUrn.EnterpriseUser,
  name: "EnterpriseUser",
  description: "Enterprise User",
  attributes: [
    attribute("string", "employeeNumber", "Numeric or alphanumeric identifier assigned to a person, typically based on order of hire or association with an organization."),
    attribute("string", "costCenter", "Identifies the name of a cost center."),
    attribute("string", "organization", "Identifies the name of an organization."),
    attribute("string", "division", "Identifies the name of a division."),
    attribute("string", "department", "Identifies the name of a department."),
    complexAttribute("manager", "The User's manager.  A complex type that optionally allows service providers to represent organizational hierarchy by referencing the 'id' attribute of another User.", [
      attribute("string", "value", "The id of the SCIM resource representing the User's manager.  REQUIRED.", { required: true, caseExact: true }),
      attribute("reference", "$ref", "The URI of the SCIM resource representing the User's manager.  REQUIRED.", { required: true, referenceTypes: ["User"] }),
      attribute("string", "displayName", "The displayName of the User's manager. OPTIONAL and READ-ONLY.", { mutability: "readOnly" }),
    ]),
  ],
};
