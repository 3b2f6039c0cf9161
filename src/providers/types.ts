/**
 * The shapes of an identity provider's documented request sequence: what
 * Microsoft Entra ID or Okta sends to a SCIM service provider, step by step,
 * as plain data that chapter 08 and `scimlab test --as` replay.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3
 * @module
 */

/** The identity providers whose sequences this kit documents. */
export type ProviderName = "Microsoft Entra ID" | "Okta";

/**
 * The id of a form in the catalogue (forms.ts): a way a provider writes a
 * request that RFC 7644 does not define, or that servers often get wrong.
 */
export type FormId =
  | "op-capitalised"
  | "boolean-as-string"
  | "remove-members-with-value"
  | "no-path-dotted-keys"
  | "filter-value-path-then-attribute"
  | "group-schema-adscim"
  | "patch-without-schemas"
  | "no-path-replace-with-id"
  | "replace-no-path-active"
  | "replace-members-empty"
  | "get-then-put";

/** A placeholder that a step's path or body uses; the replayer fills it. */
export type Placeholder = "userId" | "groupId" | "userName";

/** HTTP methods the sequences use (RFC 7644 §3.2). */
export type ProviderMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One request of a sequence.
 *
 * `path` is relative to the base URL, with `{userId}`, `{groupId}` and
 * `{userName}` placeholders; a query is written readable (`filter=userName eq
 * "{userName}"`) and is percent-encoded when the URL is built
 * (`stepRequest`, placeholders.ts). String values of `body` may hold the same
 * placeholders.
 */
export interface ProviderStep {
  /** Stable id within the sequence, e.g. `"deactivate-user"`. */
  id: string;
  /** What the provider is doing, for people: "Deactivate the user". */
  title: string;
  method: ProviderMethod;
  path: string;
  body?: unknown;
  /** The statuses a conforming service provider may answer (e.g. `[200, 204]` for PATCH, RFC 7644 §3.5.2). */
  expectStatus: number[];
  /** The catalogue forms this request uses; empty when it is plain RFC 7644. */
  forms: FormId[];
  /** Values to read from the response body: placeholder → dotted path (`"id"`, `"Resources.0.id"`). */
  captures?: Partial<Record<Placeholder, string>>;
  /** What the documentation says about this step, when it needs saying. */
  note?: string;
}

/** A provider's documented request sequence for user and group provisioning. */
export interface ProviderSequence {
  provider: ProviderName;
  /** Which variant: `"default"`, `"aadOptscim062020"`, `"OIN app"`, `"App Integration Wizard app"`. */
  variant: string;
  /** The provider's documentation the requests are taken from. */
  source: string;
  /** Further documentation pages used, when a sequence draws on more than one. */
  sources?: string[];
  steps: ProviderStep[];
}

/**
 * One entry of the forms catalogue.
 *
 * `conforms` is false for a form RFC 7644 does not allow (the `strict`
 * dialect of scimlab's server refuses it, naming the form and the provider)
 * and true for an RFC-valid form that service providers often mishandle
 * (every dialect accepts it).
 */
export interface ProviderForm {
  id: FormId;
  /** The provider that sends it (or `"others"`: seen from hand-written clients). */
  provider: ProviderName | "others";
  /** The form, shown as it appears on the wire. */
  example: string;
  description: string;
  /** The RFC section that defines the conforming request, e.g. `"RFC 7644 §3.5.2"`. */
  rfc: string;
  /** The RFC-valid way to write the same request. */
  rfcForm: string;
  conforms: boolean;
}
