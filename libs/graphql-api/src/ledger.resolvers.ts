import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { found } from './query.resolver';
import { API_RUNTIME, type ApiRuntime } from './runtime';

/** The ledger (台账) imports of a district; the files themselves go through `/files/ledgers`. */
@Resolver('Query')
export class LedgerQueryResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Query()
  async ledgerImports(@Args('districtId') districtId: string) {
    await found('District', districtId, this.runtime.queries.district(districtId));
    return this.runtime.queries.ledgerImports(districtId);
  }
}
