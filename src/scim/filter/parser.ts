import { InvalidFilterError } from "../errors.js";
import { comparisonOperators } from "./ast.js";
import type { AttributePath, ComparisonOperator, ComparisonValue, Filter } from "./ast.js";
import { splitAttributePath } from "./attribute-path.js";
import { describeToken, tokenize } from "./lexer.js";
import type { Token } from "./lexer.js";
import { FilterSyntaxError } from "./syntax-error.js";

/**
 * Parse a SCIM filter such as `userType eq "Employee" and emails[type eq "work"]`.
 *
 * Operators and keywords are case-insensitive; `not` binds tighter than
 * `and`, which binds tighter than `or`; parentheses group.
 *
 * @throws InvalidFilterError (400, `invalidFilter`) whose detail gives the
 *   0-based position and what was expected there, e.g. `Invalid filter at
 *   position 9: expected a comparison operator (…) or "pr" after "userName",
 *   found "eqq"`.
 * @see https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2
 */
export function parseFilter(text: string): Filter {
  try {
    return readFilter(text);
  } catch (error) {
    if (!(error instanceof FilterSyntaxError)) throw error;
    throw new InvalidFilterError(`Invalid filter at position ${error.position}: ${error.problem}`);
  }
}

/**
 * Parse filter text, throwing {@link FilterSyntaxError}: the shared core of
 * {@link parseFilter} and `parsePatchPath`.
 */
export function readFilter(text: string): Filter {
  if (text.trim() === "") {
    throw new FilterSyntaxError(0, 'the filter is empty; write an expression such as userName eq "bjensen"');
  }
  const parser = new Parser(tokenize(text));
  return parser.wholeFilter();
}

/**
 * A recursive-descent parser: one method per rule of the grammar below,
 * which is RFC 7644 figure 1 rewritten so that precedence is explicit
 * (each rule calls the next, tighter-binding one).
 *
 * ```
 * 1. FILTER     = orExpr
 * 2. orExpr     = andExpr *("or" andExpr)
 * 3. andExpr    = unary *("and" unary)
 * 4. unary      = "not" "(" FILTER ")" / "(" FILTER ")" / attrExp
 * 5. attrExp    = attrPath "pr" / attrPath compareOp compValue / valuePath
 * 6. valuePath  = attrPath "[" FILTER "]"        ; no value path inside
 * 7. compValue  = false / null / true / number / string
 * ```
 */
class Parser {
  private readonly tokens: Token[];
  private next = 0;
  /** The attribute whose `[…]` we are inside, if any (value paths do not nest). */
  private enclosing: string | undefined;

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  /** A filter that must use up every token. */
  wholeFilter(): Filter {
    const filter = this.filter();
    const token = this.peek();
    if (token.kind !== "end") throw this.error(token, 'expected "and", "or" or the end of the filter');
    return filter;
  }

  /** 1 and 2. `FILTER = orExpr = andExpr *("or" andExpr)`, left-associative. */
  private filter(): Filter {
    let left = this.andExpression();
    while (this.acceptKeyword("or")) {
      left = { kind: "logical", operator: "or", left, right: this.andExpression() };
    }
    return left;
  }

  /** 3. `andExpr = unary *("and" unary)`, left-associative. */
  private andExpression(): Filter {
    let left = this.unary();
    while (this.acceptKeyword("and")) {
      left = { kind: "logical", operator: "and", left, right: this.unary() };
    }
    return left;
  }

  /** 4. `unary = "not" "(" FILTER ")" / "(" FILTER ")" / attrExp`. */
  private unary(): Filter {
    const token = this.peek();
    if (this.acceptKeyword("not")) {
      const open = this.peek();
      if (open.kind !== "(") throw this.error(open, 'expected "(" after "not" (write not (expression))');
      this.advance();
      return { kind: "not", filter: this.group(open, ")") };
    }
    if (token.kind === "(") {
      this.advance();
      return this.group(token, ")");
    }
    if (token.kind === "word" && !isKeyword(token, "and") && !isKeyword(token, "or")) {
      return this.attributeExpression();
    }
    throw this.error(token, 'expected an attribute name, "not" or "("');
  }

  /** The filter after an opening `(` or `[`, and its closing bracket. */
  private group(open: Token, close: ")" | "]"): Filter {
    const inner = this.filter();
    const token = this.peek();
    if (token.kind !== close) {
      const opened = `closing the ${JSON.stringify(open.text)} at position ${open.position}`;
      throw this.error(token, `expected "and", "or" or "${close}" (${opened})`);
    }
    this.advance();
    return inner;
  }

  /** 5. `attrExp = attrPath "pr" / attrPath compareOp compValue / valuePath`. */
  private attributeExpression(): Filter {
    const name = this.advance();
    const path = this.attributePath(name);
    const token = this.peek();
    if (token.kind === "[") return this.valuePath(name, path);
    if (this.acceptKeyword("pr")) return { kind: "present", path };
    const operator = token.kind === "word" ? token.text.toLowerCase() : "";
    if (!isComparisonOperator(operator)) {
      const expected = `expected a comparison operator (${comparisonOperators.join(", ")}) or "pr"`;
      throw this.error(token, `${expected} after ${JSON.stringify(name.text)}`);
    }
    this.advance();
    return { kind: "comparison", path, operator, value: this.comparisonValue() };
  }

  /** 6. `valuePath = attrPath "[" FILTER "]"`; the inner paths are relative. */
  private valuePath(name: Token, path: AttributePath): Filter {
    const open = this.advance();
    if (this.enclosing !== undefined) {
      const problem = `value paths cannot nest: ${name.text}[…] is inside ${this.enclosing}[…]`;
      throw new FilterSyntaxError(open.position, problem);
    }
    this.enclosing = name.text;
    const filter = this.group(open, "]");
    this.enclosing = undefined;
    return { kind: "valuePath", path, filter };
  }

  /** 7. `compValue = false / null / true / number / string`. */
  private comparisonValue(): ComparisonValue {
    const token = this.peek();
    const expected = 'expected a value (a "string", a number, true, false or null)';
    if (token.kind === "string" || token.kind === "number") {
      this.advance();
      return token.value;
    }
    if (token.kind === "word") {
      const literal = token.text.toLowerCase();
      if (literal === "true" || literal === "false" || literal === "null") {
        this.advance();
        return literal === "null" ? null : literal === "true";
      }
      const quoted = JSON.stringify(token.text);
      throw this.error(token, expected, `; strings need double quotes: ${quoted}`);
    }
    if (token.kind === "[") {
      throw this.error(token, expected, "; a filter cannot compare against an array");
    }
    throw this.error(token, expected);
  }

  /** The attribute path in a word token, or an error at that token. */
  private attributePath(token: Token): AttributePath {
    const path = splitAttributePath(token.text);
    if (typeof path === "string") {
      throw new FilterSyntaxError(token.position, `${JSON.stringify(token.text)} is not a valid attribute path: ${path}`);
    }
    return path;
  }

  private peek(): Token {
    return this.tokens[this.next]!;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.next += 1;
    return token;
  }

  /** Read the next token if it is the given keyword, in any case. */
  private acceptKeyword(keyword: string): boolean {
    if (!isKeyword(this.peek(), keyword)) return false;
    this.advance();
    return true;
  }

  private error(found: Token, expected: string, advice = ""): FilterSyntaxError {
    return new FilterSyntaxError(found.position, `${expected}, found ${describeToken(found)}${advice}`);
  }
}

function isKeyword(token: Token, keyword: string): boolean {
  return token.kind === "word" && token.text.toLowerCase() === keyword;
}

function isComparisonOperator(text: string): text is ComparisonOperator {
  return (comparisonOperators as readonly string[]).includes(text);
}
