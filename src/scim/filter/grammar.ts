import { comparisonOperators } from "./ast.js";
import type { AttributePath, ComparisonOperator, ComparisonValue, Filter } from "./ast.js";
import { splitAttributePath } from "./attribute-path.js";
import { describeToken } from "./lexer.js";
import type { Token } from "./lexer.js";
import { FilterSyntaxError } from "./syntax-error.js";

/**
 * A recursive-descent parser: one method per rule of the grammar below,
 * which is RFC 7644 figure 1 rewritten so that precedence is explicit
 * (each rule calls the next, tighter-binding one). {@link parseFilter} is
 * the entry point.
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
export class Parser {
  private readonly tokens: Token[];
  private next = 0;
  /** The attribute whose `[…]` we are inside, if any (value paths do not nest). */
  private enclosing: string | undefined;

  /**
   * @param tokens the output of `tokenize`, ending with an `end` token.
   */
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
