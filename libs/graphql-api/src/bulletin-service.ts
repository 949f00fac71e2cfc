import {
  BulletinQueries,
  contentDigest,
  PublishedBulletins,
  ReportingStatusQueries,
  type Bulletin,
} from '@tuijin/bulletins';
import { notFound } from '@tuijin/domain-kernel';
import type { BulletinKind } from '@tuijin/domain-bulletins';
import type { PublishedBulletinView } from '@tuijin/read-models';
import type { ApiRuntime } from './runtime';

/** The bulletin queries over a runtime's read models, shared by the resolvers and the download routes. */
export class BulletinService {
  readonly bulletins: BulletinQueries;
  readonly published: PublishedBulletins;
  readonly reporting: ReportingStatusQueries;

  constructor(private readonly runtime: ApiRuntime) {
    this.bulletins = new BulletinQueries(runtime.assessments, runtime.queries);
    this.published = new PublishedBulletins(this.bulletins, runtime.assessments, runtime.queries);
    this.reporting = new ReportingStatusQueries(runtime.assessments);
  }

  /** A bulletin with its digest. */
  async bulletin(districtId: string, kind: BulletinKind, period: string, knownAt?: string) {
    const content = await this.bulletins.bulletin(districtId, kind, period, { knownAt });
    return { content, digest: contentDigest(content) };
  }

  /** A published edition, by its id (`<districtId>/<kind>/<period>/<edition>`). */
  async publishedById(id: string): Promise<PublishedBulletinView> {
    const districtId = id.split('/')[0];
    const book = await this.runtime.queries.bulletinBook(districtId);
    const published = book.published.find((p) => p.id === id);
    if (!published) throw notFound('Published bulletin', id);
    return published;
  }

  /** The latest edition published of a kind and period, if any. */
  async latestEdition(districtId: string, kind: string, period: string): Promise<PublishedBulletinView | undefined> {
    const book = await this.runtime.queries.bulletinBook(districtId);
    return book.published.find((p) => p.kind === kind && p.period === period);
  }
}

export type { Bulletin };
