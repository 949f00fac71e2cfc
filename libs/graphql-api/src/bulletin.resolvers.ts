import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { commandMessage } from '@tuijin/application';
import { reminderText, sendToGroupRobot, type Bulletin, type ProjectLine } from '@tuijin/bulletins';
import type { ReportStatus } from '@tuijin/domain-assessment';
import { maskWebhookUrl, type BulletinKind } from '@tuijin/domain-bulletins';
import { conflict, invalid } from '@tuijin/domain-kernel';
import type { BulletinBookView, PublishedBulletinView } from '@tuijin/read-models';
import { districtScope, type AuthUser } from './auth/auth-user';
import { BulletinService } from './bulletin-service';
import { fieldCommand, fieldMetadata } from './field-command';
import { narrowed } from './reporting-scope';
import { found } from './query.resolver';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

const unitOf = (u: { unitId: string; code: string; name: string }) => ({
  unitId: u.unitId,
  code: u.code,
  name: u.name,
});
const projectOf = (p: ProjectLine) => ({ code: p.code, name: p.name, leadUnit: p.leadUnit, leader: p.leader });

/** A bulletin in the shape of the GraphQL type: units and projects as nested objects, with its digest. */
export function bulletinAnswer(b: Bulletin, digest: string) {
  return {
    ...b,
    digest,
    starts: {
      ...b.starts,
      missed: b.starts.missed.map((p) => ({
        project: projectOf(p),
        plannedStartMonth: p.plannedStartMonth,
        stage: p.stage,
      })),
    },
    ranking: b.ranking.map((u) => ({ ...u, unit: unitOf(u) })),
    reverseRanking: b.reverseRanking.map((u) => ({ rank: u.rank, unit: unitOf(u), score: u.score })),
    lights: {
      ...b.lights,
      red: b.lights.red.map((p) => ({ ...p, project: projectOf(p) })),
      changes: b.lights.changes.map((c) => ({ project: projectOf(c), from: c.from, to: c.to })),
    },
    reporting: { months: b.reporting.months, units: b.reporting.units.map((u) => ({ ...u, unit: unitOf(u) })) },
    rankMoves: b.rankMoves.map((m) => ({ ...m, unit: unitOf(m) })),
  };
}

const countsOf = (c: Record<ReportStatus, number>) => ({
  onTime: c.ON_TIME,
  late: c.LATE,
  missing: c.MISSING,
  notDue: c.NOT_DUE,
});

interface AtKnown {
  knownAt?: string | null;
}

@Resolver('Query')
export class BulletinQueryResolver {
  private readonly service: BulletinService;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.service = new BulletinService(runtime);
  }

  @Query()
  async bulletin(
    @Args('districtId') districtId: string,
    @Args('kind') kind: BulletinKind,
    @Args('period') period: string,
    @Args('knownAt') knownAt?: string | null,
  ) {
    const { content, digest } = await this.service.bulletin(districtId, kind, period, knownAt ?? undefined);
    return bulletinAnswer(content, digest);
  }

  @Query()
  async cityBulletin(
    @Args('kind') kind: BulletinKind,
    @Args('period') period: string,
    @Args('knownAt') knownAt: string | null | undefined,
    @Context() ctx: RequestContext,
  ) {
    const city = await this.service.bulletins.cityBulletin(
      kind,
      period,
      knownAt ?? undefined,
      districtScope(ctx.user as AuthUser),
    );
    return {
      ...city,
      districts: await Promise.all(
        city.districts.map(async (row) => ({
          ...row,
          district: await found('District', row.districtId, this.runtime.queries.district(row.districtId)),
        })),
      ),
    };
  }

  @Query()
  async bulletinBook(@Args('districtId') districtId: string) {
    await found('District', districtId, this.runtime.queries.district(districtId));
    return this.runtime.queries.bulletinBook(districtId);
  }

  @Query()
  publishedBulletin(@Args('id') id: string) {
    return this.service.publishedById(id);
  }

  @Query()
  async reportingStatus(
    @Args('districtId') districtId: string,
    @Args('month') month: string,
    @Context() ctx: RequestContext,
  ) {
    const district = await found('District', districtId, this.runtime.queries.district(districtId));
    const grid = narrowed(
      await this.service.reporting.grid(districtId, month, this.runtime.today()),
      ctx.user as AuthUser,
    );
    return {
      ...grid,
      totals: countsOf(grid.totals),
      units: grid.units.map((u) => ({ ...u, unit: unitOf(u), counts: countsOf(u.counts) })),
      reminderText: reminderText(district.name, grid),
    };
  }

  @Query()
  async owedReports(
    @Args('districtId') districtId: string,
    @Args('unitId') unitId: string | null | undefined,
    @Context() ctx: RequestContext,
  ) {
    const user = ctx.user as AuthUser;
    const unit = unitId ?? user.unitId;
    if (!unit) throw invalid('unitId', 'unitId is required for an account that belongs to no unit');
    // a reporter's list is their own unit's: another unit's reports are not theirs to see
    if (user.role === 'UNIT_REPORTER' && unit !== user.unitId) return [];
    const known = await found('Unit', unit, this.runtime.queries.unit(unit));
    if (known.districtId !== districtId) throw invalid('unitId', 'unitId must be a unit of the district');
    return this.service.reporting.owed(districtId, unit, this.runtime.today());
  }
}

@Resolver('Mutation')
export class BulletinMutationResolver {
  private readonly service: BulletinService;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.service = new BulletinService(runtime);
  }

  @Mutation()
  async publishBulletin(
    @Args('input') input: { districtId: string; kind: BulletinKind; period: string; correctionNote?: string | null },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const message = await fieldCommand(this.runtime, ctx, info, 'publishBulletin', input);
    const result = await this.runtime.commands.handle(message);
    await this.runtime.waitFor(result.position);
    return this.service.latestEdition(input.districtId, message.data.kind, message.data.period);
  }

  @Mutation()
  async setReminderWebhook(
    @Args('input') input: { districtId: string; url?: string | null },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await this.runtime.commands.handle(
      await fieldCommand(this.runtime, ctx, info, 'setReminderWebhook', input),
    );
    await this.runtime.waitFor(result.position);
    return this.runtime.queries.bulletinBook(input.districtId);
  }

  @Mutation()
  async sendReminder(
    @Args('input') input: { districtId: string; month: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const district = await found('District', input.districtId, this.runtime.queries.district(input.districtId));
    const book = await this.runtime.queries.bulletinBook(input.districtId);
    if (!book.webhookUrl) throw conflict('This district has no group robot yet: set its address first', 'districtId');
    const grid = await this.service.reporting.grid(input.districtId, input.month, this.runtime.today());
    const text = reminderText(district.name, grid);
    const delivery = await sendToGroupRobot(book.webhookUrl, text);
    // what is recorded is the delivery's outcome, known once sent: no check decides it beforehand
    const result = await this.runtime.commands.handle(
      commandMessage(
        'RecordReminder',
        {
          districtId: input.districtId,
          month: input.month,
          outcome: delivery.outcome,
          reason: delivery.reason,
          unitCount: grid.units.filter((u) => u.counts.MISSING > 0).length,
        },
        fieldMetadata(this.runtime, ctx, info),
      ),
    );
    await this.runtime.waitFor(result.position);
    const sentAt = (await this.runtime.queries.bulletinBook(input.districtId)).reminders[0]?.sentAt;
    return { ...delivery, text, sentAt };
  }
}

/** Names a user by username, for "published by" and "sent by". */
async function usernameOf(runtime: ApiRuntime, userId: string, role: string): Promise<string> {
  return (await runtime.queries.user(userId))?.username ?? role;
}

@Resolver('BulletinBook')
export class BulletinBookResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @ResolveField()
  webhook(book: BulletinBookView) {
    return book.webhookUrl === null ? null : maskWebhookUrl(book.webhookUrl);
  }

  @ResolveField()
  reminders(book: BulletinBookView) {
    return Promise.all(
      book.reminders.map(async (r) => ({
        ...r,
        sentBy: await usernameOf(this.runtime, r.sentBy.userId, r.sentBy.role),
      })),
    );
  }
}

@Resolver('PublishedBulletin')
export class PublishedBulletinResolver {
  private readonly service: BulletinService;

  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {
    this.service = new BulletinService(runtime);
  }

  @ResolveField()
  publishedBy(published: PublishedBulletinView) {
    return usernameOf(this.runtime, published.publishedBy.userId, published.publishedBy.role);
  }

  @ResolveField()
  async content(published: PublishedBulletinView) {
    return bulletinAnswer(await this.service.published.content(published), published.digest);
  }

  @ResolveField()
  changesSincePublication(published: PublishedBulletinView, _args: AtKnown) {
    return this.service.published.changes(published);
  }
}
