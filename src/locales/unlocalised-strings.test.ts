// Fails on words written straight into a component: JSX text, and string literals in the props a
// user sees or a screen reader reads. Every such word must come from the catalogs (`t('id')`).
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every component's source text, by path (`../app/app.tsx`), through Vite.
const SOURCES = import.meta.glob<string>(['../**/*.tsx', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** Props whose text is shown or read out (our components' own props included). */
const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
  'text',
  'header',
]);
/** A word: two letters in a row (symbols such as `—`, `▲` or `«` are no words). */
const WORD = /\p{L}{2}/u;

/** `file:line text` for every unlocalised word of one file. */
function findings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1} ${text.trim()}`);
  };
  const literalText = (node: ts.Node | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isTemplateExpression(node)) {
      return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
    }
    if (ts.isJsxExpression(node)) return literalText(node.expression);
    if (ts.isConditionalExpression(node)) {
      return [literalText(node.whenTrue), literalText(node.whenFalse)].filter(Boolean).join(' ');
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORD.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression);
      if (text && WORD.test(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(source))) {
      const text = literalText(node.initializer);
      if (text && WORD.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('take every word they show from the catalogs', () => {
    const components = Object.entries(SOURCES).filter(([file]) => !file.includes('.fixture.'));
    expect(components.length).toBeGreaterThan(20);
    expect(components.flatMap(([file, text]) => findings(file, text))).toEqual([]);
  });

  it('are checked by a rule that finds words written in', () => {
    const probe = Object.entries(SOURCES).find(([file]) => file.endsWith('strings.fixture.tsx'));
    expect(probe).toBeDefined();
    const [file = '', text = ''] = probe ?? [];
    expect(findings(file, text).map((finding) => finding.slice(file.length))).toEqual([
      ':5 Sign in',
      ':6 Close the pane',
      ':7 Page … of …',
    ]);
  });
});
