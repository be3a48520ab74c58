/**
 * Errors in one place (issue 16 item 4): each error code has one wording, written once, in a
 * builder of its area's errors module (`src/**\/…Errors.ts`). This reads src/ with the TypeScript
 * parser and finds every object that builds an error: `{ code: '<CODE>', message: … }` with a
 * code of ERROR_KINDS. It fails when such an object is written outside an errors module, when
 * one code is built in two modules (two areas wording it, each its own way: DATE_INVALID once
 * was), or when one message template is written twice for a code (a copy). A code may name
 * several situations (CURRENCY_NOT_IN_SOURCE: a source without the currency, no source with the
 * pair), each one builder beside the others in its module; a code whose message is the caller's
 * (OPTION_INVALID, INTERNAL, USAGE_INVALID) has one builder that every other area calls.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../../src/errors.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** One place an error is built: its code, the message's template as written, and where. */
interface ErrorSite {
  readonly code: string;
  readonly template: string;
  readonly file: string;
  readonly line: number;
}

/** The error-building objects of one source text. */
export function errorSites(file: string, text: string): ErrorSite[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: ErrorSite[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      let code: string | undefined;
      let template: string | undefined;
      for (const property of node.properties) {
        const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
        if (name === 'code' && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer))
          code = property.initializer.text;
        if (name === 'message')
          template = ts.isPropertyAssignment(property)
            ? property.initializer.getText(source).replace(/\s+/g, ' ')
            : 'message';
      }
      if (code !== undefined && code in ERROR_KINDS && template !== undefined) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        sites.push({ code, template, file, line });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

/** A module whose job is to word errors: an area's `…Errors.ts`, or src/errors.ts itself. */
export function isErrorsModule(file: string): boolean {
  return /Errors?\.ts$/.test(basename(file)) || file === 'src/errors.ts';
}

const SITES = sourceFiles(join(ROOT, 'src')).flatMap((path) =>
  errorSites(relative(ROOT, path), readFileSync(path, 'utf8')),
);

function byCode(sites: readonly ErrorSite[]): Map<string, ErrorSite[]> {
  const codes = new Map<string, ErrorSite[]>();
  for (const site of sites) codes.set(site.code, [...(codes.get(site.code) ?? []), site]);
  return codes;
}

describe('one wording per error code, in the errors modules', () => {
  it('finds the sites of a text (the finder itself)', () => {
    const text = [
      "const a = errorFrom({ code: 'DATE_INVALID', message: `${d} is not a day`, hint: 'h' });",
      "const b = { code: 'USD', message: 'a currency, not an error' };",
      "const c = { code: 'RATE_TOO_OLD', message, kind: 'data' };",
    ].join('\n');
    expect(errorSites('x.ts', text)).toEqual([
      { code: 'DATE_INVALID', template: '`${d} is not a day`', file: 'x.ts', line: 1 },
      { code: 'RATE_TOO_OLD', template: 'message', file: 'x.ts', line: 3 },
    ]);
    expect(isErrorsModule('src/fx/fxErrors.ts')).toBe(true);
    expect(isErrorsModule('src/fx/lookupRate.ts')).toBe(false);
  });

  it('builds errors only in the errors modules', () => {
    const outside = SITES.filter((s) => !isErrorsModule(s.file));
    expect(outside.map((s) => `${s.file}:${s.line} ${s.code}`)).toEqual([]);
  });

  it('builds each code in one module, each template once', () => {
    const codes = byCode(SITES);
    const spread = [...codes]
      .filter(([, sites]) => new Set(sites.map((s) => s.file)).size > 1)
      .map(
        ([code, sites]) => `${code}: ${sites.map((s) => `${s.file}:${s.line} ${s.template}`).join(' | ')}`,
      );
    expect(spread).toEqual([]);
    const copied = [...codes]
      .filter(([, sites]) => new Set(sites.map((s) => s.template)).size < sites.length)
      .map(
        ([code, sites]) => `${code}: ${sites.map((s) => `${s.file}:${s.line} ${s.template}`).join(' | ')}`,
      );
    expect(copied).toEqual([]);
  });
});
