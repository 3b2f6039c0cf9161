import { z } from "zod";

/**
 * The Enterprise User's `manager`. RFC 7643 §4.3: "The user's manager. A
 * complex type that optionally allows service providers to represent
 * organizational hierarchy by referencing the "id" attribute of another
 * User." `value` is "The "id" of the SCIM resource representing the user's
 * manager", `$ref` its URI, `displayName` "The displayName of the user's
 * manager. This attribute is OPTIONAL, and mutability is "readOnly"."
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export const ManagerSchema = z
  .object({
    value: z.string().optional(),
    $ref: z.string().optional(),
    displayName: z.string().optional(),
  })
  .passthrough();
/** The manager of an Enterprise User. */
export interface Manager {
  /** The manager's User id. */
  value?: string;
  /** The manager's User URI. */
  $ref?: string;
  /** The manager's displayName (read-only). */
  displayName?: string;
  [attribute: string]: unknown;
}

/**
 * The Enterprise User extension, RFC 7643 §4.3: "The following SCIM
 * extension defines attributes commonly used in representing users that
 * belong to, or act on behalf of, a business or enterprise." It travels in a
 * User under its URN, `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User`,
 * which is also listed in the User's `schemas`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7643#section-4.3
 */
export const EnterpriseUserSchema = z
  .object({
    /** "A string identifier, typically numeric or alphanumeric, assigned to a person, typically based on order of hire or association with an organization." */
    employeeNumber: z.string().optional(),
    /** "Identifies the name of a cost center." */
    costCenter: z.string().optional(),
    /** "Identifies the name of an organization." */
    organization: z.string().optional(),
    /** "Identifies the name of a division." */
    division: z.string().optional(),
    /** "Identifies the name of a department." */
    department: z.string().optional(),
    /** The User's manager. */
    manager: ManagerSchema.optional(),
  })
  .passthrough();
/** The Enterprise User extension attributes, RFC 7643 §4.3. */
export interface EnterpriseUser {
  /** An identifier assigned to the person, typically by order of hire. */
  employeeNumber?: string;
  /** The name of a cost center. */
  costCenter?: string;
  /** The name of an organization. */
  organization?: string;
  /** The name of a division. */
  division?: string;
  /** The name of a department. */
  department?: string;
  /** The User's manager. */
  manager?: Manager;
  [attribute: string]: unknown;
}
