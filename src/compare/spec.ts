import { jsonEqual } from '../model/canonical.js';
import type { Finding, SpecResponse } from '../model/types.js';
import { DEFAULT_RESOURCE_PATH_POINTERS } from '../normalize/index.js';
import { makeFinding } from './finding.js';
import { CONFIG_RULES, diffSchemaFields, RESOURCE_RULES } from './schema-diff.js';

const PROTOCOL = 3032023;

/** Spec differences: protocol, resource path pointers, URLs, OAuth, and both config schemas. */
export function compareSpec(before: SpecResponse, after: SpecResponse): Finding[] {
  const findings: Finding[] = [];
  const bProtocol = before.protocol ?? PROTOCOL;
  const aProtocol = after.protocol ?? PROTOCOL;
  if (bProtocol !== aProtocol) {
    findings.push(makeFinding({ rule: 'spec.protocol.changed', stage: 'spec', pointer: '/protocol', before: bProtocol, after: aProtocol, message: `protocol changed from ${bProtocol} to ${aProtocol}` }));
  }
  const bPointers = before.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
  const aPointers = after.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
  if (!jsonEqual(bPointers, aPointers)) {
    findings.push(makeFinding({ rule: 'spec.resource-path.changed', stage: 'spec', pointer: '/resourcePathPointers', before: bPointers, after: aPointers, message: 'resourcePathPointers changed: every binding gets a new identity and loses its state' }));
  }
  if ((before.documentationUrl ?? null) !== (after.documentationUrl ?? null)) {
    findings.push(makeFinding({ rule: 'spec.documentation-url.changed', stage: 'spec', pointer: '/documentationUrl', before: before.documentationUrl, after: after.documentationUrl, message: 'documentationUrl changed' }));
  }
  if (before.oauth2 && !after.oauth2) {
    findings.push(makeFinding({ rule: 'spec.oauth2.removed', stage: 'spec', pointer: '/oauth2', before: before.oauth2?.provider, message: 'the OAuth2 block is gone: tasks authorized with OAuth cannot be re-authorized' }));
  } else if (before.oauth2 && after.oauth2) {
    const changed = [...new Set([...Object.keys(before.oauth2), ...Object.keys(after.oauth2)])].filter((k) => !jsonEqual(before.oauth2![k], after.oauth2![k])).sort();
    for (const key of changed) {
      findings.push(makeFinding({ rule: 'spec.oauth2.changed', stage: 'spec', pointer: `/oauth2/${key}`, before: before.oauth2[key], after: after.oauth2[key], message: `oauth2 ${key} changed` }));
    }
  }
  findings.push(...diffSchemaFields(before.configSchema, after.configSchema, { rules: CONFIG_RULES, scope: '/configSchema', noun: 'config property' }));
  findings.push(...diffSchemaFields(before.resourceConfigSchema, after.resourceConfigSchema, { rules: RESOURCE_RULES, scope: '/resourceConfigSchema', noun: 'resource config property' }));
  return findings;
}
