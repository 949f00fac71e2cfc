import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { contentDisposition } from '@tuijin/bulletins';
import { notFound } from '@tuijin/domain-kernel';
import { PROJECT_CHOICES, PROJECT_LEDGER, ledgerTemplate, unitChoices, type Ledger } from '@tuijin/ledgers';
import { HTTP_ACCESS_POLICY } from './auth/access-policy';
import { HttpAccess, sendError } from './http-access';
import { API_RUNTIME, type ApiRuntime } from './runtime';

const LEDGERS: Record<string, Ledger> = { projects: PROJECT_LEDGER };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Ledger (台账) files: `GET /files/ledgers/<districtId>/<ledger>-template.xlsx`, the template a
 * district admin fills in to import, with the district's units in its drop-down lists.
 */
@Controller('files/ledgers')
export class LedgerFilesController {
  private readonly access: HttpAccess;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.access = new HttpAccess(runtime);
  }

  @Get(':districtId/:file')
  async template(
    @Param('districtId') districtId: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.access.authorize(req, 'ledgerTemplate', HTTP_ACCESS_POLICY.ledgerTemplate, { districtId });
      const ledger = LEDGERS[/^([a-z]+)-template\.xlsx$/.exec(file)?.[1] ?? ''];
      if (!ledger) throw notFound('Ledger template', file);
      const district = await this.runtime.queries.district(districtId);
      if (!district) throw notFound('District', districtId);
      const units = await this.runtime.queries.units(districtId);
      const body = await ledgerTemplate(ledger, { ...PROJECT_CHOICES, units: unitChoices(units) });
      res
        .status(200)
        .set({
          'content-type': XLSX,
          'content-disposition': contentDisposition(`${district.name}${ledger.title}模板.xlsx`),
          'cache-control': 'no-store',
        })
        .send(body);
    } catch (error) {
      sendError(res, error);
    }
  }
}
