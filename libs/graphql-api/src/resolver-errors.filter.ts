import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands a resolver's error to Apollo as it is, where `formatError` answers it and logs
 * only the unexpected ones: a person's bad input or a refused login is an answer, not a
 * server fault to log with its stack. Errors outside GraphQL keep NestJS's handling.
 */
@Catch()
export class ResolverErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    super.catch(exception, host);
  }
}
