/**
 * `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions), over the
 * template tokens @actions/workflow-parser produces. A string such as `pre-${{ x }}` reaches us
 * already rewritten by the parser as `format('pre-{0}', x)`, so every expression is one token.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { ExpressionData } from '@actions/expressions/data/expressiondata';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser';
import { TokenType } from '@actions/workflow-parser/templates/tokens/types';
import { PlayerError, where } from './errors.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The named contexts the player provides; any other name in an expression is an error. */
export const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'matrix',
  'strategy',
  'steps',
  'job',
  'jobs',
  'runner',
] as const;
export type ContextName = (typeof CONTEXT_NAMES)[number];

/** What success()/failure()/cancelled() answer where an expression is evaluated. */
export interface Status {
  success: boolean;
  failure: boolean;
}

export interface Scope {
  contexts: Partial<Record<ContextName, Json>>;
  /** Set where status functions are allowed (job and step `if:`). */
  status?: Status;
}

function toData(value: Json): ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as ExpressionData;
}

export function fromData(value: ExpressionData): Json {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Json;
}

function statusFunctions(scope: Scope, expression: string): Map<string, FunctionDefinition> {
  const fns = new Map<string, FunctionDefinition>();
  const status = (name: string, answer: (s: Status) => boolean): void => {
    fns.set(name, {
      name,
      minArgs: 0,
      maxArgs: 0,
      call: () => {
        if (!scope.status) {
          throw new PlayerError(
            `${name}() is only allowed in an if: condition (in ${JSON.stringify(expression)})`,
          );
        }
        return new data.BooleanData(answer(scope.status));
      },
    });
  };
  status('success', (s) => s.success);
  status('failure', (s) => s.failure);
  // The player never cancels a run, so cancelled() is false and always() is true.
  status('cancelled', () => false);
  status('always', () => true);
  return fns;
}

/** Evaluate one expression (the text between `${{` and `}}`). */
export function evaluateExpression(expression: string, scope: Scope, at = ''): Json {
  const fns = statusFunctions(scope, expression);
  let tree;
  try {
    const { tokens } = new Lexer(expression).lex();
    tree = new Parser(tokens, [...CONTEXT_NAMES], [...fns.values()]).parse();
  } catch (e) {
    throw new PlayerError(
      `${at}cannot play the expression ${JSON.stringify(expression)}: ${(e as Error).message} ` +
        `(the player supports the contexts ${CONTEXT_NAMES.join(', ')}, the built-in functions ` +
        `and success/failure/cancelled/always; add what is missing to test/support/workflow-player)`,
    );
  }
  const contexts = new data.Dictionary();
  for (const name of CONTEXT_NAMES) contexts.add(name, toData(scope.contexts[name] ?? {}));
  try {
    return fromData(new Evaluator(tree, contexts, fns).evaluate());
  } catch (e) {
    if (e instanceof PlayerError) throw e;
    throw new PlayerError(
      `${at}evaluating ${JSON.stringify(expression)} failed: ${(e as Error).message}`,
    );
  }
}

/** A token's value, with every expression in it evaluated (keys included). */
export function evaluateToken(token: TemplateToken, scope: Scope): Json {
  if (isBasicExpression(token)) return evaluateExpression(token.expression, scope, where(token));
  if ((token.templateTokenType as TokenType) === TokenType.InsertExpression) {
    throw new PlayerError(`${where(token)}\${{ insert }} is not supported by the workflow player`);
  }
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isSequence(token)) return [...token].map((t) => evaluateToken(t, scope));
  if (isMapping(token)) {
    const out: Record<string, Json> = {};
    for (const { key, value } of token)
      out[scalarText(evaluateToken(key, scope), key)] = evaluateToken(value, scope);
    return out;
  }
  return null;
}

/** Convert an evaluated value for a place that takes a string, as the runner does. */
export function scalarText(value: Json, token?: TemplateToken): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return fromNumberOrBool(value);
  throw new PlayerError(
    `${token ? where(token) : ''}expected a string but the value is ${Array.isArray(value) ? 'a sequence' : 'a mapping'}: ` +
      `${JSON.stringify(value)} (wrap it in toJSON() to pass it as text)`,
  );
}

function fromNumberOrBool(value: number | boolean): string {
  return toData(value).coerceString();
}

export function evaluateString(token: TemplateToken, scope: Scope): string {
  return scalarText(evaluateToken(token, scope), token);
}

/** A mapping of strings (env:, with:, outputs:), each value evaluated in `scope`. */
export function evaluateStringMap(
  token: TemplateToken | undefined,
  scope: Scope,
): Record<string, string> {
  if (!token) return {};
  if (isBasicExpression(token)) {
    const value = evaluateToken(token, scope);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new PlayerError(`${where(token)}expected a mapping, got ${JSON.stringify(value)}`);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scalarText(v, token)]));
  }
  if (!isMapping(token)) throw new PlayerError(`${where(token)}expected a mapping`);
  const out: Record<string, string> = {};
  for (const { key, value } of token) {
    out[scalarText(evaluateToken(key, scope), key)] = evaluateString(value, scope);
  }
  return out;
}

/** An `if:` condition: the parser already wrapped it in `success() && (…)` where needed. */
export function evaluateCondition(token: TemplateToken, scope: Scope): boolean {
  const text = isBasicExpression(token) ? token.expression : evaluateString(token, scope);
  return truthy(evaluateExpression(text, scope, where(token)));
}

export function truthy(value: Json): boolean {
  if (value === null || value === false || value === 0 || value === '') return false;
  if (typeof value === 'number') return !Number.isNaN(value);
  return true;
}
