/**
 * The whole i18n runtime: look a key up in one language's text table (falling back to English),
 * pick a plural form with Intl.PluralRules and fill `{{name}}` placeholders. A few hundred bytes
 * instead of a translation library: the tables are typed (./en.ts), so the compiler, not a
 * runtime, catches a missing key.
 */
export type Vars = Readonly<Record<string, string | number>>;

/** `{{name}}` placeholders filled from `values`; an unknown name stays visible so a test sees it. */
export function fill(template: string, values: Vars = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

type Table = { readonly [key: string]: string | Table };

function lookup(table: Table, path: string): string | undefined {
  let node: string | Table | undefined = table;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * A `t(key, vars)` for one language. A numeric `count` picks `key_<form>` (then `key_other`) when
 * the table has plural forms for `key`.
 */
export function translator(table: Table, fallback: Table, locale: string) {
  const text = (key: string) => lookup(table, key) ?? lookup(fallback, key);
  return (key: string, vars?: Vars): string => {
    const count = vars?.count;
    const template =
      (typeof count === 'number' ? (text(`${key}_${pluralCategory(locale, count)}`) ?? text(`${key}_other`)) : undefined) ??
      text(key) ??
      key;
    return vars === undefined ? template : fill(template, vars);
  };
}
