import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  bulletinDocument,
  bulletinFileName,
  cityBulletinDocument,
  contentDigest,
  contentDisposition,
  renderBulletinPdf,
  renderBulletinXlsx,
  type Bulletin,
  type BulletinIssue,
  type PrintedDocument,
} from '@tuijin/bulletins';
import { invalid } from '@tuijin/domain-kernel';
import type { BulletinKind } from '@tuijin/domain-bulletins';
import { ACCESS_POLICY } from './auth/access-policy';
import { districtScope } from './auth/auth-user';
import { BulletinService } from './bulletin-service';
import { chinaDay } from './china-day';
import { HttpAccess, sendError } from './http-access';
import { API_RUNTIME, type ApiRuntime } from './runtime';

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderBulletinPdf },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: renderBulletinXlsx },
} as const;

type Extension = keyof typeof FORMATS;

/** `<period>.pdf` or `<period>.xlsx`, split; anything else is refused. */
function fileOf(file: string): { period: string; extension: Extension } {
  const match = /^(.+)\.(pdf|xlsx)$/.exec(file);
  if (!match) throw invalid('file', 'the file must be <period>.pdf or <period>.xlsx');
  return { period: match[1], extension: match[2] as Extension };
}

/**
 * Bulletin files: `GET /files/bulletins/<districtId>/<kind>/<period>.pdf|.xlsx`, as computed now (or
 * `?knownAt=`), or a published edition (`?edition=N`), which downloads the same forever; and the
 * city bulletin of the districts within the caller's reach, `GET /files/city-bulletins/<kind>/<period>.pdf|.xlsx`.
 * The caller signs in with the same bearer token as the API and passes the same access check as
 * the `bulletin` or `cityBulletin` query.
 */
@Controller('files')
export class BulletinFilesController {
  private readonly service: BulletinService;
  private readonly access: HttpAccess;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.service = new BulletinService(runtime);
    this.access = new HttpAccess(runtime);
  }

  @Get('bulletins/:districtId/:kind/:file')
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
      const { period, extension } = fileOf(file);
      const { bulletin, issue } = await this.contentOf(districtId, kind as BulletinKind, period, knownAt, edition);
      const name = bulletinFileName(bulletin.districtName, bulletin.kind, bulletin.period, issue.number, extension);
      await this.send(res, bulletinDocument(bulletin, issue), name, extension);
    } catch (error) {
      sendError(res, error);
    }
  }

  @Get('city-bulletins/:kind/:file')
  async downloadCity(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('knownAt') knownAt: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const user = await this.access.authorize(req, 'Query.cityBulletin', ACCESS_POLICY['Query.cityBulletin'], {});
      const { period, extension } = fileOf(file);
      const city = await this.service.bulletins.cityBulletin(
        kind as BulletinKind,
        period,
        knownAt,
        districtScope(user),
      );
      const printed = cityBulletinDocument(city, { issuedOn: this.runtime.today(), digest: contentDigest(city) });
      await this.send(res, printed, bulletinFileName('全市', city.kind, city.period, undefined, extension), extension);
    } catch (error) {
      sendError(res, error);
    }
  }

  private async send(res: Response, printed: PrintedDocument, name: string, extension: Extension): Promise<void> {
    const body = await FORMATS[extension].render(printed);
    res
      .status(200)
      .set({
        'content-type': FORMATS[extension].type,
        'content-disposition': contentDisposition(name),
        'cache-control': 'no-store',
        'x-bulletin-digest': printed.issue.digest,
      })
      .send(body);
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
