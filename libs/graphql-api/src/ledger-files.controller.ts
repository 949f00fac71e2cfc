import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import express, { type Request, type Response } from 'express';
import { contentDisposition } from '@tuijin/bulletins';
import { invalid, notFound } from '@tuijin/domain-kernel';
import {
  PROBLEMS,
  PROJECTS,
  REPORTS,
  UNITS,
  USERS,
  checkLedger,
  importLedger,
  issueRowsWorkbook,
  ledgerTemplate,
  projectLedgerRows,
  type LedgerKind,
} from '@tuijin/ledgers';
import type { CommandMetadata } from '@tuijin/application';
import { HTTP_ACCESS_POLICY } from './auth/access-policy';
import type { AuthUser } from './auth/auth-user';
import { HttpAccess, sendError } from './http-access';
import { API_RUNTIME, type ApiRuntime } from './runtime';

type LedgerName = LedgerKind['ledger']['name'];
/** Every ledger a district imports, by the name its routes use. */
const LEDGERS: Record<LedgerName, LedgerKind> = {
  projects: PROJECTS,
  reports: REPORTS,
  problems: PROBLEMS,
  units: UNITS,
  users: USERS,
};

function kindOf(name: string | undefined): LedgerKind {
  const kind = Object.hasOwn(LEDGERS, name ?? '') ? LEDGERS[name as LedgerName] : undefined;
  if (!kind) throw notFound('Ledger', String(name));
  return kind;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest ledger file accepted: a district's ledger of thousands of rows is far smaller. */
export const MAX_LEDGER_UPLOAD = '20mb';
const readFile = express.raw({ limit: MAX_LEDGER_UPLOAD, type: () => true });

/**
 * Ledger (台账) files, for a district or city admin of the district, for each ledger of `LEDGERS`
 * (projects, reports, problems, units, users):
 * `GET /files/ledgers/<districtId>/<ledger>-template.xlsx`, the template to fill in, with the
 * district's units in its drop-down lists; `GET …/projects.xlsx`, the same filled in with the
 * district's projects as they stand (edited and imported back, it changes only what was edited); and `POST /files/ledgers/<districtId>/<ledger>/check?fileName=…`
 * with the file as the body, the dry run of an import: every problem by row and column, and what
 * each row would change, with nothing written (`&format=xlsx`: the rows at fault, each with its
 * problems, as a workbook to fix them in); and `POST …/<ledger>/import?fileName=…&digest=…`,
 * which imports the same file all or nothing (422 with the report when it has problems).
 */
@Controller('files/ledgers')
export class LedgerFilesController {
  private readonly access: HttpAccess;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.access = new HttpAccess(runtime);
  }

  @Get(':districtId/:file')
  async download(
    @Param('districtId') districtId: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.authorize(req, districtId);
      const [, name, template] = /^([a-z]+)(-template)?\.xlsx$/.exec(file) ?? [];
      // a district's projects download as their ledger; other ledgers are templates only
      if (!template && name !== 'projects') throw notFound('Ledger file', file);
      const kind = kindOf(name);
      const { ledger } = kind;
      const { queries } = this.runtime;
      const district = await queries.district(districtId);
      if (!district) throw notFound('District', districtId);
      const rows = template
        ? []
        : projectLedgerRows(
            await queries.projectsByIds(await queries.projectIds(districtId, {})),
            await queries.units(districtId),
          );
      const body = await ledgerTemplate(ledger, await kind.choices(districtId, queries), rows);
      const title = template
        ? `${district.name}${ledger.title}模板.xlsx`
        : `${district.name}${ledger.title}-${this.runtime.today()}.xlsx`;
      res
        .status(200)
        .set({ 'content-type': XLSX, 'content-disposition': contentDisposition(title), 'cache-control': 'no-store' })
        .send(body);
    } catch (error) {
      sendError(res, error);
    }
  }

  @Post(':districtId/:ledger/check')
  async check(
    @Param('districtId') districtId: string,
    @Param('ledger') ledger: string,
    @Query('fileName') fileName: string | undefined,
    @Query('format') format: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const { file, metadata } = await this.upload(req, res, districtId, fileName);
      if (format !== undefined && format !== 'xlsx')
        throw invalid('format', 'format is xlsx (the rows at fault) or absent (the report)');
      const kind = kindOf(ledger);
      const { check, read } = await checkLedger(kind, file, districtId, metadata, this.runtime);
      if (format !== 'xlsx') return void res.status(200).set({ 'cache-control': 'no-store' }).json(check);
      const name = `${(fileName as string).replace(/\.[^.]*$/, '')}-问题行.xlsx`;
      res
        .status(200)
        .set({ 'content-type': XLSX, 'content-disposition': contentDisposition(name), 'cache-control': 'no-store' })
        .send(await issueRowsWorkbook(kind.ledger, read, check.issues));
    } catch (error) {
      sendError(res, error);
    }
  }

  @Post(':districtId/:ledger/import')
  async import(
    @Param('districtId') districtId: string,
    @Param('ledger') ledger: string,
    @Query('fileName') fileName: string | undefined,
    @Query('digest') digest: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const { file, metadata } = await this.upload(req, res, districtId, fileName);
      const result = await importLedger(kindOf(ledger), file, districtId, metadata, this.runtime, digest);
      const problems = result.check.issues.length;
      if (problems > 0) {
        const message = `the ledger has ${problems} problem(s); nothing was imported`;
        return void res.status(422).json({ error: { code: 'BAD_USER_INPUT', message, field: 'file' }, ...result });
      }
      await this.runtime.waitFor(result.position);
      res.status(200).set({ 'cache-control': 'no-store' }).json(result);
    } catch (error) {
      sendError(res, error);
    }
  }

  /** The uploaded file of a caller who may import into the district (the body is read only then). */
  private async upload(req: Request, res: Response, districtId: string, fileName: string | undefined) {
    const user = await this.authorize(req, districtId);
    if (!fileName) throw invalid('fileName', 'name the uploaded file: ?fileName=台账.xlsx');
    await new Promise<void>((resolve, reject) =>
      readFile(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
    );
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw invalid('file', 'send the ledger file as the body');
    const metadata: CommandMetadata = { actor: { userId: user.userId, role: user.role }, today: this.runtime.today() };
    return { file: { name: fileName, bytes: req.body as Buffer }, metadata };
  }

  private authorize(req: Request, districtId: string): Promise<AuthUser> {
    return this.access.authorize(req, 'ledgers', HTTP_ACCESS_POLICY.ledgers, { districtId });
  }
}
