import 'reflect-metadata';
import { createRootLogger, RuntimeSettings, startDevIdentityProvider } from '@rehab/platform';
import { DEV_AUDIENCE } from './dev-identity';

/**
 * The development identity provider on its own, for the distributed layout (each service a
 * process): the services point AUTH_ISSUER at it. It refuses to start in production.
 */
async function main(): Promise<void> {
  const settings = new RuntimeSettings(process.env);
  const logger = createRootLogger({ process: 'dev-identity-provider' });
  const provider = await startDevIdentityProvider({
    settings,
    host: settings.get('HOST', '127.0.0.1'),
    port: settings.number('PORT', 3008),
    audience: settings.get('AUTH_AUDIENCE', DEV_AUDIENCE),
  });
  logger.info({ issuer: provider.issuer }, 'development identity provider is listening');
  const stop = () => void provider.close().then(() => logger.flush());
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The identity provider could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
