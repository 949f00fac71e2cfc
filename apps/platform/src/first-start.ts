import { ensureCityAdmin } from '@tuijin/composition';
import type { EmbeddedRuntime } from './embedded-runtime';

/** Makes sure the city admin exists and can sign in at once; returns a generated password to show once. */
export async function ensureAdmin(
  runtime: EmbeddedRuntime,
  configured?: string,
): Promise<{ generatedPassword?: string }> {
  const { position, generatedPassword } = await ensureCityAdmin(runtime, configured, runtime.today());
  if (position !== undefined) await runtime.waitFor(position);
  return generatedPassword ? { generatedPassword } : {};
}
