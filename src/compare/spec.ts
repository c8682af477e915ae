import { jsonEqual } from '../model/canonical.js';
import { FLOW_CAPTURE_PROTOCOL, type Finding, type SpecResponse } from '../model/types.js';
import { DEFAULT_RESOURCE_PATH_POINTERS } from '../normalize/index.js';
import { makeFinding } from './finding.js';
import { CONFIG_RULES, RESOURCE_RULES } from './schema-diff.js';
import { exampleConfigs, judgeConfigSchema, type ConcreteConfig } from './spec-schema.js';

/** The configs a narrowed schema is checked against (besides those made of the baseline's examples). */
export interface SpecConfigs {
  /** The decrypted endpoint config of the test, when there is one. Never shown. */
  testConfig?: unknown;
  /** Endpoint configs listed under `known-configs` in compat.yaml. */
  knownConfigs?: unknown[];
  /** Every resource config the baseline discovered. */
  resourceConfigs?: ConcreteConfig[];
}

/** Spec differences: protocol, resource path pointers, URLs, OAuth, and both config schemas. */
export function compareSpec(before: SpecResponse, after: SpecResponse, configs: SpecConfigs = {}): Finding[] {
  const findings: Finding[] = [];
  const bProtocol = before.protocol ?? FLOW_CAPTURE_PROTOCOL;
  const aProtocol = after.protocol ?? FLOW_CAPTURE_PROTOCOL;
  if (bProtocol !== aProtocol) {
    findings.push(
      makeFinding({
        rule: 'spec.protocol.changed',
        stage: 'spec',
        pointer: '/protocol',
        before: bProtocol,
        after: aProtocol,
        message: `protocol changed from ${bProtocol} to ${aProtocol}`,
      }),
    );
  }
  const bPointers = before.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
  const aPointers = after.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
  if (!jsonEqual(bPointers, aPointers)) {
    findings.push(
      makeFinding({
        rule: 'spec.resource-path.changed',
        stage: 'spec',
        pointer: '/resourcePathPointers',
        before: bPointers,
        after: aPointers,
        message: 'resourcePathPointers changed: every binding gets a new identity and loses its state',
      }),
    );
  }
  if ((before.documentationUrl ?? null) !== (after.documentationUrl ?? null)) {
    findings.push(
      makeFinding({
        rule: 'spec.documentation-url.changed',
        stage: 'spec',
        pointer: '/documentationUrl',
        before: before.documentationUrl,
        after: after.documentationUrl,
        message: 'documentationUrl changed',
      }),
    );
  }
  if (before.oauth2 && !after.oauth2) {
    findings.push(
      makeFinding({
        rule: 'spec.oauth2.removed',
        stage: 'spec',
        pointer: '/oauth2',
        before: before.oauth2?.provider,
        message: 'the OAuth2 block is gone: tasks authorized with OAuth cannot be re-authorized',
      }),
    );
  } else if (before.oauth2 && after.oauth2) {
    const changed = [...new Set([...Object.keys(before.oauth2), ...Object.keys(after.oauth2)])]
      .filter((k) => !jsonEqual(before.oauth2![k], after.oauth2![k]))
      .sort();
    for (const key of changed) {
      findings.push(
        makeFinding({
          rule: 'spec.oauth2.changed',
          stage: 'spec',
          pointer: `/oauth2/${key}`,
          before: before.oauth2[key],
          after: after.oauth2[key],
          message: `oauth2 ${key} changed`,
        }),
      );
    }
  }
  const endpointConfigs: ConcreteConfig[] = [
    ...(configs.testConfig !== undefined ? [{ label: 'the test config', value: configs.testConfig, secret: true }] : []),
    ...(configs.knownConfigs ?? []).map((value, i) => ({ label: `known config #${i + 1} (compat.yaml)`, value })),
    ...exampleConfigs(before.configSchema),
  ];
  findings.push(
    ...judgeConfigSchema(before.configSchema, after.configSchema, {
      rules: CONFIG_RULES,
      unused: 'spec.config.narrowed-unused',
      scope: '/configSchema',
      noun: 'config',
      concrete: endpointConfigs,
    }),
  );
  findings.push(
    ...judgeConfigSchema(before.resourceConfigSchema, after.resourceConfigSchema, {
      rules: RESOURCE_RULES,
      unused: 'spec.resource.narrowed-unused',
      scope: '/resourceConfigSchema',
      noun: 'resource config',
      concrete: configs.resourceConfigs ?? [],
    }),
  );
  return findings;
}
