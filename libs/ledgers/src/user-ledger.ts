import { userIdFor, type Actor } from '@tuijin/application';
import { mayManageAccount, ROLES, type Role } from '@tuijin/domain-accounts';
import type { ReadModelQueries, UserView } from '@tuijin/read-models';
import type { Ledger, LedgerChoices, LedgerIssue, LedgerRow } from './ledger';
import type { LedgerKind, RowPlan } from './ledger-kind';
import { firstOccurrence, headerOf, readCleanly } from './ledger-rows';
import { unitChoices } from './project-ledger';

/**
 * The user accounts ledger (账号台账): the district's people and what they do on the platform.
 * Accounts are created in the importing district; an initial password is hashed like any other.
 */
export const USER_LEDGER = {
  name: 'users',
  title: '账号台账',
  columns: [
    {
      key: 'username',
      header: '用户名',
      aliases: ['账号', '登录名'],
      kind: 'text',
      required: true,
      note: '登录用的名字：3–32 位小写字母、数字或“._-”，全平台唯一；已有账号按用户名核对',
    },
    {
      key: 'displayName',
      header: '姓名',
      kind: 'text',
      required: true,
      note: '本人姓名；已有账号的姓名不能通过台账修改',
    },
    {
      key: 'role',
      header: '角色',
      kind: 'choice',
      choices: 'roles',
      required: true,
      note: '从下拉列表选择；区县管理员不能创建市级管理员账号，市级管理员账号也不属于任何区县',
    },
    {
      key: 'unit',
      header: '所属单位',
      aliases: ['责任单位'],
      kind: 'choice',
      choices: 'units',
      required: false,
      note: '责任单位填报员必填（其填报的本区县责任单位）；其他角色留空',
    },
    {
      key: 'password',
      header: '初始密码',
      kind: 'text',
      required: false,
      secret: true,
      note: '新账号必填：10–128 位，须含字母和数字；已有账号不会因此改密码。请本人登录后修改密码',
    },
  ],
} as const satisfies Ledger;

export type UserLedgerKey = (typeof USER_LEDGER.columns)[number]['key'];

/** The roles as the app names them. */
export const ROLE_NAMES: Record<Role, string> = {
  CITY_ADMIN: '市级管理员',
  DISTRICT_ADMIN: '区县管理员',
  UNIT_REPORTER: '责任单位填报员',
  LEADER: '包保领导',
  ANALYST: '分析员',
};
const ROLE_CHOICES: LedgerChoices = {
  roles: ROLES.map((value) => ({
    value,
    names: value === 'UNIT_REPORTER' ? [ROLE_NAMES[value], '填报员'] : [ROLE_NAMES[value]],
  })),
};

const header = (key: UserLedgerKey) => headerOf(USER_LEDGER, key);

export interface UserLedgerContext {
  districtId: string;
  /** Who imports: their role and the districts their account reaches. */
  importer: { role: Role; districtIds: readonly string[] };
  /** The accounts the rows' usernames name, wherever they are, by username. */
  existing: ReadonlyMap<string, UserView>;
  /** The district's units, by id, to name a unit in an issue. */
  unitNames: ReadonlyMap<string, string>;
}

/**
 * The commands that create each new account as its row says, in the importing district. Who may
 * create which role is the rule the API's createUser applies (`mayManageAccount`). An account of
 * the district that is as the row says needs nothing; one that differs is an issue at the cell (no
 * command changes a name, role or unit). A username another district's account holds is left to
 * createUser, which refuses it in its own words, so the check tells no more than the API does.
 */
export function userLedgerCommands(
  rows: readonly LedgerRow<UserLedgerKey>[],
  context: UserLedgerContext,
): { plans: RowPlan<UserLedgerKey>[]; issues: LedgerIssue[] } {
  const { districtId } = context;
  const issues: LedgerIssue[] = [];
  const plans: RowPlan<UserLedgerKey>[] = [];
  const first = firstOccurrence();
  for (const row of rows) {
    const { values, cells } = row;
    const username = values.username as string | undefined;
    if (username === undefined) continue; // reported as a required cell already
    const earlier = first(username, row.row);
    if (earlier !== undefined) {
      issues.push({ row: row.row, column: header('username'), value: username, message: `用户名与第${earlier}行重复` });
      continue;
    }
    if (!readCleanly(USER_LEDGER, row)) continue;
    const displayName = values.displayName as string;
    const role = values.role as Role;
    const unitId = values.unit as string | undefined;
    const password = values.password as string | undefined;
    const account = context.existing.get(username);
    const ours = account !== undefined && account.role !== 'CITY_ADMIN' && account.districtIds.includes(districtId);
    if (ours) {
      const before = issues.length;
      const differs = (key: UserLedgerKey, what: string, recorded: string) =>
        issues.push({
          row: row.row,
          column: header(key),
          value: cells[key] ?? '',
          message: `账号“${username}”在系统中的${what}为“${recorded}”；台账不能修改已有账号的${what}`,
        });
      if (account.displayName !== displayName) differs('displayName', '姓名', account.displayName);
      if (account.role !== role) differs('role', '角色', ROLE_NAMES[account.role]);
      if (account.unitId !== unitId)
        differs('unit', '所属单位', account.unitId ? (context.unitNames.get(account.unitId) ?? account.unitId) : '无');
      if (issues.length === before)
        plans.push({ row: row.row, key: username, id: account.id, isNew: false, commands: [] });
      continue;
    }
    if (!mayManageAccount(context.importer, { role, districtIds: [districtId] })) {
      issues.push({
        row: row.row,
        column: header('role'),
        value: cells.role ?? '',
        message:
          role === 'CITY_ADMIN'
            ? '您的账号不能创建市级管理员账号：只有市级管理员可以'
            : `您的账号不能在本区县创建“${ROLE_NAMES[role]}”账号`,
      });
      continue;
    }
    if (role === 'CITY_ADMIN') {
      issues.push({
        row: row.row,
        column: header('role'),
        value: cells.role ?? '',
        message: '市级管理员账号不属于任何区县，请在账号管理中创建，不能通过区县的账号台账创建',
      });
      continue;
    }
    if (password === undefined) {
      issues.push({ row: row.row, column: header('password'), value: '', message: '新账号须填写“初始密码”' });
      continue;
    }
    plans.push({
      row: row.row,
      key: username,
      id: userIdFor(username),
      isNew: true,
      commands: [
        {
          type: 'CreateUser',
          data: { username, displayName, password, role, districtIds: [districtId], ...(unitId ? { unitId } : {}) },
          columns: ['username', 'displayName', 'role', 'unit', 'password'],
        },
      ],
    });
  }
  return { plans, issues };
}

/** Who imports, as the account rule sees them: their role and their account's districts. */
async function importerOf(actor: Actor, queries: ReadModelQueries): Promise<UserLedgerContext['importer']> {
  const account = await queries.user(actor.userId);
  return { role: (account?.role ?? actor.role) as Role, districtIds: account?.districtIds ?? [] };
}

/** The user accounts ledger (账号台账) as a kind of import. */
export const USERS: LedgerKind<UserLedgerKey> = {
  ledger: USER_LEDGER,
  async choices(districtId, queries) {
    return { ...ROLE_CHOICES, units: unitChoices(await queries.units(districtId)) };
  },
  async plan(rows, districtId, queries, actor) {
    const usernames = [
      ...new Set(rows.flatMap((r) => (typeof r.values.username === 'string' ? [r.values.username] : []))),
    ];
    const accounts = await Promise.all(usernames.map((username) => queries.user(userIdFor(username))));
    const units = await queries.units(districtId);
    return userLedgerCommands(rows, {
      districtId,
      importer: await importerOf(actor, queries),
      existing: new Map(accounts.flatMap((account) => (account ? [[account.username, account]] : []))),
      unitNames: new Map(units.map((unit) => [unit.id, unit.name])),
    });
  },
  fieldColumns: { unitId: 'unit', districtIds: 'role' },
};
