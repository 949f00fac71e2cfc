import { distributedConfigFromEnv, publishingFrom, securityFromEnv } from '@tuijin/composition';
import { startLogging } from '@tuijin/logging';
import { Gateway, type GatewayRole } from './gateway';

function rolesFrom(value: string | undefined): GatewayRole[] {
  const roles = (value ?? 'api').split(',').map((role) => role.trim());
  for (const role of roles) {
    if (role !== 'api' && role !== 'projector') {
      throw new Error(`TUIJIN_ROLE must be api, projector or api,projector, got "${value}"`);
    }
  }
  return roles as GatewayRole[];
}

const log = startLogging(`gateway-${(process.env['TUIJIN_ROLE'] ?? 'api').replace(/\s/g, '').replace(',', '+')}`);

/** `node dist/apps/gateway/main.js`, with TUIJIN_ROLE=api|projector. */
async function main(): Promise<void> {
  const roles = rolesFrom(process.env['TUIJIN_ROLE']);
  const config = distributedConfigFromEnv(process.env, roles.includes('api') ? 3000 : 3200);
  const api = roles.includes('api');
  const gateway = await Gateway.start(
    config,
    roles,
    api ? securityFromEnv(process.env) : undefined,
    api ? publishingFrom(process.env) : undefined,
  );
  log.info(
    { roles, host: config.host, port: config.port },
    `Tuijin gateway (${roles.join(', ')}) listening on ${config.host}:${config.port}`,
  );
  const stop = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, `gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
