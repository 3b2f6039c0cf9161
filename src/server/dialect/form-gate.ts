import type { FormId } from "../../providers/types.js";
import { providerForm, providerForms } from "../../providers/forms.js";
import { InvalidFilterError, InvalidPathError, InvalidSyntaxError, InvalidValueError, type ScimError } from "../../scim/errors.js";
import { dialectNames, type DialectName } from "./dialect-name.js";

/** The scimType a refusal of each non-RFC form carries (RFC 7644 §3.12). */
const errorOf: Partial<Record<FormId, new (detail: string, options?: { hint?: string }) => ScimError>> = {
  "op-capitalised": InvalidSyntaxError,
  "boolean-as-string": InvalidValueError,
  "remove-members-with-value": InvalidSyntaxError,
  "no-path-dotted-keys": InvalidPathError,
  "filter-value-path-then-attribute": InvalidFilterError,
  "group-schema-adscim": InvalidValueError,
  "patch-without-schemas": InvalidSyntaxError,
};

/**
 * True when `dialect` accepts the non-RFC form `form`: `entra` and `okta`
 * their provider's forms, `lenient` all, `strict` none.
 */
export function dialectAccepts(dialect: DialectName, form: FormId): boolean {
  const { provider } = providerForm(form);
  if (dialect === "lenient") return true;
  if (dialect === "entra") return provider === "Microsoft Entra ID";
  if (dialect === "okta") return provider === "Okta";
  return false;
}

/** The dialects that accept `form`, for the hint of a refusal. */
function acceptingDialects(form: FormId): DialectName[] {
  return dialectNames.filter((dialect) => dialectAccepts(dialect, form));
}

/**
 * The gate a request's forms pass: `use(form, rule, sent)` returns when the
 * dialect accepts the form (the caller then rewrites it into the RFC form)
 * and throws the refusal when it does not.
 *
 * A refusal is a 400 whose detail says the rule, what was sent, the form, the
 * provider that sends it and the RFC section: `"op" must be "add", "replace"
 * or "remove"; "Replace" is what Microsoft Entra ID sends (form
 * op-capitalised, RFC 7644 §3.5.2)`; the hint names the dialects that accept it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.12
 */
export class FormGate {
  readonly dialect: DialectName;
  /** The forms this request used and the dialect accepted, in order. */
  readonly used: FormId[] = [];

  constructor(dialect: DialectName) {
    this.dialect = dialect;
  }

  use(form: FormId, rule: string, sent: string): void {
    if (dialectAccepts(this.dialect, form)) {
      if (!this.used.includes(form)) this.used.push(form);
      return;
    }
    const entry = providerForm(form);
    const who = entry.provider === "others" ? "what some hand-written clients send" : `what ${entry.provider} sends`;
    const Refusal = errorOf[form] ?? InvalidValueError;
    const accepting = acceptingDialects(form).join(" and ");
    throw new Refusal(`${rule}; ${sent} is ${who} (form ${form}, ${entry.rfc}).`, {
      hint:
        `Send ${entry.rfcForm}. This server's ${this.dialect} dialect refuses the form; the ${accepting} dialect accepts it ` +
        `(scimlab serve --dialect NAME, or the request header Scimlab-Dialect: NAME).`,
    });
  }
}

/** The non-RFC forms of the catalogue (those a dialect can accept or refuse). */
export const nonRfcForms: readonly FormId[] = providerForms.filter((form) => !form.conforms).map((form) => form.id);
