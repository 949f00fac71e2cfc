import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { fieldLabelKey } from '../lib/api-error';
import { TRANSLATIONS } from './translations';

/** Every key of a nested resource object, dotted: { a: { b: 'x' } } → ['a.b']. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value, path).forEach((v, k) => out.set(k, v));
    else out.set(path, String(value));
  }
  return out;
}

const zh = flatten(TRANSLATIONS['zh-CN']);
const english = flatten(TRANSLATIONS.en);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('translations', () => {
  it('has every Chinese key in English and every English key in Chinese', () => {
    expect([...zh.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !zh.has(key))).toEqual([]);
  });

  it('leaves no text empty and uses the same placeholders in both languages', () => {
    for (const [key, text] of zh) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(english.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('has a text for every key the app names literally', () => {
    const used = new Set<string>();
    const patterns = [/\bt\(\s*'([\w.]+)'/g, /\bkey: '([\w]+\.[\w.]+)'/g, /\bref\('([\w.]+)'/g, /\bt\(`([\w.]+)`/g];
    // the reasons of a refusal are named by the lib the app reads the platform's messages with
    const lib = join(__dirname, '../../../../libs/refusal-wording/src');
    for (const file of [...sourceFiles(join(__dirname, '..')), ...sourceFiles(lib)]) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(300);
    expect([...used].filter((key) => !zh.has(key)).sort()).toEqual([]);
  });

  it('names every value of every enum in the GraphQL schema', () => {
    const schema = readFileSync(join(__dirname, '../../../../libs/contracts/src/schema.graphql'), 'utf8');
    const prefixes: Record<string, string> = {
      Stage: 'stage',
      Category: 'category',
      ProblemCategory: 'problemCategory',
      ProblemStatus: 'problemStatus',
      EscalationLevel: 'escalation',
      Light: 'light',
      UnitKind: 'unitKind',
      Role: 'role',
      TieBreak: 'assessment.tieBreak',
      ReportWarningKind: 'reports.warning',
    };
    const missing: string[] = [];
    for (const [enumName, prefix] of Object.entries(prefixes)) {
      const body = new RegExp(`enum ${enumName} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '';
      const values = body
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^[A-Z_]+$/.test(line));
      // Role arrives with sign-in; until the schema has it, there is nothing to check.
      if (enumName !== 'Role') expect(values.length).toBeGreaterThan(1);
      for (const value of values) if (!zh.has(`${prefix}.${value}`)) missing.push(`${prefix}.${value}`);
    }
    expect(missing).toEqual([]);
  });

  it('labels every input field the platform names when it refuses input', () => {
    // The fields the platform's validators report today (extensions.field), as the form labels them.
    const fields = [
      'name', 'code', 'category', 'stage', 'leadUnitId', 'totalInvestment', 'occurredOn', 'ownerEnterprise', 'township',
      'longitude', 'latitude', 'description', 'changes', 'reason', 'leader.name', 'leader.phone', 'secretary.name',
      'secretary.phone', 'year', 'plannedInvestment', 'plannedStartMonth', 'plannedCompletionMonth', 'milestones[0]',
      'month', 'investment', 'progressPercent', 'note', 'submittedOn', 'projectId', 'problemId', 'dueOn', 'raisedOn',
      'ownerUnitId', 'level', 'resolution', 'resolvedOn', 'districtId', 'districtIds', 'unitId', 'kind', 'target',
      'username', 'displayName', 'password', 'currentPassword', 'newPassword', 'role', 'weights', 'weights.investment',
      'weights.start', 'weights.reserve', 'weights.problems', 'weights.punctuality', 'yellowMaxLag',
      'startDelayYellowMonths', 'startDelayRedMonths', 'bottomN', 'reportDueDay', 'effectiveFrom', 'knownAt',
      'ruleSetVersion', 'first', 'after',
    ];
    expect(fields.map(fieldLabelKey).filter((key) => !zh.has(key))).toEqual([]);
  });
});
