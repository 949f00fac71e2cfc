/** A project-id prefix as the Open Contracting Partnership registers them: `oc4ids-` and six letters or digits. */
export const OC4IDS_PREFIX_PATTERN = /^oc4ids-[a-z0-9]{6}$/;

/**
 * Stands in until the deployment registers its own prefix: it has the registered form,
 * so packages validate, but it names nobody; the README says how to register one.
 */
export const PLACEHOLDER_OC4IDS_PREFIX = 'oc4ids-000000';

/** The configured prefix (`TUIJIN_OC4IDS_PREFIX`), checked; a bad one stops start-up with a message naming it. */
export function oc4idsPrefixFrom(value: string | undefined): string {
  const prefix = value?.trim() || PLACEHOLDER_OC4IDS_PREFIX;
  if (!OC4IDS_PREFIX_PATTERN.test(prefix)) {
    throw new Error(`TUIJIN_OC4IDS_PREFIX must be a registered OC4IDS prefix such as oc4ids-bu3kcz, got "${value}"`);
  }
  return prefix;
}
