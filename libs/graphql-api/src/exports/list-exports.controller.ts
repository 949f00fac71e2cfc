import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { contentDisposition, renderTableCsv, renderTablesXlsx } from '@tuijin/bulletins';
import { assertNever, invalid } from '@tuijin/domain-kernel';
import { ACCESS_POLICY } from '../auth/access-policy';
import { HttpAccess, sendError } from '../http-access';
import { found } from '../query.resolver';
import { API_RUNTIME, type ApiRuntime } from '../runtime';
import { ExportParams } from './export-params';
import { ListTables, type ListExport } from './list-tables';

const LISTS = ['projects', 'problems', 'reports', 'ranking', 'reporting-status'] as const;
type List = (typeof LISTS)[number];

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
type Format = keyof typeof TYPES;

/** `<list>.xlsx` or `<list>.csv`, split; anything else is refused. */
function fileOf(file: string): { list: List; format: Format } {
  const match = /^([a-z-]+)\.(xlsx|csv)$/.exec(file);
  if (!match || !(LISTS as readonly string[]).includes(match[1])) {
    throw invalid('file', `the file must be <list>.xlsx or <list>.csv, the list one of ${LISTS.join(', ')}`);
  }
  return { list: match[1] as List, format: match[2] as Format };
}

/**
 * List exports (台账导出): `GET /files/exports/<list>.xlsx|.csv?districtId=…&…`, every list of the
 * app as a spreadsheet, filtered and sorted as its page, within what the caller's GraphQL list
 * would show them. The caller signs in with the API's bearer token and passes the same access
 * check as the list's query.
 */
@Controller('files/exports')
export class ListExportsController {
  private readonly access: HttpAccess;
  private readonly tables: ListTables;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.access = new HttpAccess(runtime);
    this.tables = new ListTables(runtime);
  }

  @Get(':file')
  async download(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const { list, format } = fileOf(file);
      const exported = await this.listOf(list, req, new ExportParams(req.query));
      const body =
        format === 'csv'
          ? renderTableCsv(exported.table)
          : await renderTablesXlsx([exported.table], {
              title: exported.name,
              creator: '推进',
              created: new Date(),
            });
      res
        .status(200)
        .set({
          'content-type': TYPES[format],
          'content-disposition': contentDisposition(`${exported.name}.${format}`),
          'cache-control': 'no-store',
        })
        .send(body);
    } catch (error) {
      sendError(res, error);
    }
  }

  private async listOf(list: List, req: Request, params: ExportParams): Promise<ListExport> {
    // a project's reports are checked against the project, as the `project` query is
    if (list === 'reports' && params.text('projectId') !== undefined) {
      const id = params.required('projectId');
      await this.access.authorize(req, 'Query.project', ACCESS_POLICY['Query.project'], { id });
      return this.tables.projectReports(await found('Project', id, this.runtime.queries.project(id)), params);
    }
    const districtId = params.required('districtId');
    const route = ROUTES[list];
    const user = await this.access.authorize(req, route, ACCESS_POLICY[route], { districtId });
    const district = await this.tables.district(districtId);
    switch (list) {
      case 'projects':
        return this.tables.projects(user, district, params);
      case 'problems':
        return this.tables.problems(user, district, params);
      case 'reports':
        return this.tables.monthReports(user, district, params);
      case 'ranking':
        return this.tables.ranking(district, params);
      case 'reporting-status':
        return this.tables.reportingStatus(user, district, params);
      default:
        return assertNever(list);
    }
  }
}

/** The GraphQL query whose access rule each list follows. */
const ROUTES = {
  projects: 'Query.projects',
  problems: 'Query.problems',
  reports: 'Query.projects',
  ranking: 'Query.assessment',
  'reporting-status': 'Query.reportingStatus',
} as const satisfies Record<List, keyof typeof ACCESS_POLICY>;
