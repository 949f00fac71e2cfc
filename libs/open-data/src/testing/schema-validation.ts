import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import packageSchema from '../schema/project-package-schema.json';
import projectSchema from '../schema/project-schema.json';

/**
 * The OC4IDS 0.9.5 package schema as a draft-04 validator, with formats (date-time, uri)
 * checked and the project schema registered under the id the package schema refers to,
 * so nothing is fetched.
 */
function compile() {
  // the schemas carry OC4IDS's own annotations (codelist, openCodelist…), which strict mode would refuse
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(projectSchema);
  return ajv.compile(packageSchema);
}

let validator: ReturnType<typeof compile> | undefined;

/** Every schema error of a package, as `path: message` lines; empty when it is valid. */
export function schemaErrors(pkg: unknown): string[] {
  validator ??= compile();
  if (validator(pkg)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message}`);
}
