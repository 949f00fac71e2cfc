import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  bulletinFileName,
  contentDisposition,
  renderBulletinPdf,
  renderBulletinXlsx,
  type Bulletin,
  type BulletinIssue,
} from '@tuijin/bulletins';
import { invalid } from '@tuijin/domain-kernel';
import type { BulletinKind } from '@tuijin/domain-bulletins';
import { ACCESS_POLICY } from './auth/access-policy';
import { BulletinService } from './bulletin-service';
import { HttpAccess, sendError } from './http-access';
import { API_RUNTIME, type ApiRuntime } from './runtime';

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderBulletinPdf },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderBulletinXlsx },
} as const;

/** Publication day in China Standard Time, the day printed on the bulletin. */
const chinaDay = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(instant));

/**
 * Bulletin files: `GET /files/bulletins/<districtId>/<kind>/<period>.pdf|.xlsx`, as computed now (or
 * `?knownAt=`), or a published edition (`?edition=N`), which downloads the same forever. The
 * caller signs in with the same bearer token as the API and passes the same access check as
 * the `bulletin` query.
 */
@Controller('files/bulletins')
export class BulletinFilesController {
  private readonly service: BulletinService;
  private readonly access: HttpAccess;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.service = new BulletinService(runtime);
    this.access = new HttpAccess(runtime);
  }

  @Get(':districtId/:kind/:file')
  async download(
    @Param('districtId') districtId: string,
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('knownAt') knownAt: string | undefined,
    @Query('edition') edition: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      await this.access.authorize(req, 'Query.bulletin', ACCESS_POLICY['Query.bulletin'], { districtId });
      const match = /^(.+)\.(pdf|xlsx)$/.exec(file);
      if (!match) throw invalid('file', 'the file must be <period>.pdf or <period>.xlsx');
      const [, period, extension] = match as unknown as [string, string, 'pdf' | 'xlsx'];
      const { bulletin, issue } = await this.contentOf(districtId, kind as BulletinKind, period, knownAt, edition);
      const body = await FORMATS[extension].render(bulletin, issue);
      const name = bulletinFileName(bulletin.districtName, bulletin.kind, bulletin.period, issue.number, extension);
      res
        .status(200)
        .set({
          'content-type': FORMATS[extension].type,
          'content-disposition': contentDisposition(name),
          'cache-control': 'no-store',
          'x-bulletin-digest': issue.digest,
        })
        .send(body);
    } catch (error) {
      sendError(res, error);
    }
  }

  private async contentOf(
    districtId: string,
    kind: BulletinKind,
    period: string,
    knownAt: string | undefined,
    edition: string | undefined,
  ): Promise<{ bulletin: Bulletin; issue: BulletinIssue }> {
    if (edition === undefined) {
      const { content, digest } = await this.service.bulletin(districtId, kind, period, knownAt);
      return { bulletin: content, issue: { issuedOn: this.runtime.today(), digest } };
    }
    const published = await this.service.publishedById(`${districtId}/${kind}/${period}/${edition}`);
    const bulletin = await this.service.published.content(published);
    return {
      bulletin,
      issue: {
        number: published.number,
        edition: published.edition,
        correctionNote: published.correctionNote,
        issuedOn: chinaDay(published.publishedAt),
        digest: published.digest,
      },
    };
  }
}
