import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * For the single CDN file: `import('./part.js')` becomes a static import (unless it matches `keep`), so the parts
 * that npm builds load on demand are plain modules in the bundle (an inlined dynamic import would wrap each module in an init function,
 * which costs bytes and a microtask hop). The lazy loaders then resolve at once. The part's value exports are
 * imported by name and handed over as a plain object (a namespace object would need the bundler's helper).
 */
export function staticImports(keep: readonly RegExp[] = []): Plugin {
  return {
    name: 'physio-static-imports',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file) || !/\bimport\s*\(/.test(code)) return null;
      const out = staticPartImports(code, file, keep);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * A module's `import('./part.js')` calls as static imports. TypeScript's parser finds the calls and the part's
 * exports. A call this cannot make static (a path that is not a literal, relative .js path) or a part whose exports
 * it cannot list fails the build: in the CDN file it would either stay a slow dynamic import or miss an export.
 */
export function staticPartImports(code: string, file: string, keep: readonly RegExp[] = []): string {
  const failure = (what: string, options?: ErrorOptions) =>
    new Error(`staticImports: ${relative(process.cwd(), file)}: ${what}`, options);
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) calls.push(node);
    else ts.forEachChild(node, visit);
  };
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  visit(source);
  const hoisted: string[] = [];
  let out = '';
  let copied = 0;
  calls.forEach((call, n) => {
    const [specifier] = call.arguments;
    // A language or an opt-in part stays a file of its own (side-files-plugin.ts): only a page that needs it loads it.
    if (ts.isStringLiteral(specifier) && keep.some((pattern) => pattern.test(specifier.text))) return;
    if (call.arguments.length !== 1 || !ts.isStringLiteral(specifier) || !/^\.{1,2}\/.+\.js$/.test(specifier.text)) {
      throw failure(`cannot make ${call.getText(source)} static; write import('./part.js') with the path as a string`);
    }
    const path = specifier.getText(source);
    const names = valueExports(resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts')), failure);
    hoisted.push(`import { ${names.map((name) => `${name} as __physioPart${n}_${name}`).join(', ')} } from ${path};`);
    const object = `Promise.resolve({ ${names.map((name) => `${name}: __physioPart${n}_${name}`).join(', ')} })`;
    out += code.slice(copied, call.getStart(source)) + object;
    copied = call.end;
  });
  return hoisted.length ? `${hoisted.join('\n')}\n${out}${code.slice(copied)}` : code;
}

/** The names of a part's value exports: `export` const, let, var, function or class; types are skipped. */
function valueExports(partFile: string, failure: (what: string, options?: ErrorOptions) => Error): string[] {
  let text: string;
  try {
    text = readFileSync(partFile, 'utf8');
  } catch (error) {
    throw failure(`imports ${relative(process.cwd(), partFile)}, which cannot be read`, { cause: error });
  }
  const part = ts.createSourceFile(partFile, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cannot = (statement: ts.Statement) =>
    failure(
      `cannot list the exports of ${relative(process.cwd(), partFile)}: ${statement.getText(part).split('\n')[0]}`,
    );
  const names: string[] = [];
  for (const statement of part.statements) {
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      if (!(ts.isExportDeclaration(statement) && statement.isTypeOnly)) throw cannot(statement);
      continue;
    }
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    if (!modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) throw cannot(statement);
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) throw cannot(statement);
        names.push(declaration.name.text);
      }
    } else {
      throw cannot(statement);
    }
  }
  return names;
}
