import type { RuleId } from '../model/rules.js';
import type { Stage } from '../model/types.js';

/** Which rule each kind of field difference maps to, per artifact. */
export interface SchemaRules {
  stage: Stage;
  /** A value the baseline accepted at this field is rejected (the engine found one). */
  narrowed: RuleId;
  nullabilityRemoved: RuleId;
  nullabilityAdded: RuleId;
  /** The candidate accepts another JSON type (beyond null) here. */
  widened: RuleId;
  /** The candidate accepts more values of the same types (enum, pattern or bounds relaxed). */
  valuesWidened: RuleId;
  propertyRemoved: RuleId;
  propertyAdded: RuleId;
  requiredRemoved: RuleId;
  /** The engine could not decide. */
  unknown: RuleId;
  /** The candidate's schema for this field does not compile. */
  invalid: RuleId;
  /** Set where a format change is its own finding; otherwise `format` is judged as any other constraint. */
  formatChanged?: RuleId;
  secretUnmarked?: RuleId;
  annotationChanged?: RuleId;
  /** Fields under this path belong to the runtime and are reported with this rule instead. */
  meta?: { path: string; rule: RuleId };
  /**
   * Whether values the candidate gains matter. For documents they do (a reader of the collection
   * meets them); for configs only baseline ⊆ candidate does (every config that worked still works),
   * so an undecided gain there is not worth a warning.
   */
  gainsMatter: boolean;
}

export const DOCUMENT_RULES: SchemaRules = {
  stage: 'discover',
  narrowed: 'discover.schema.narrowed',
  nullabilityRemoved: 'discover.schema.nullability-removed',
  nullabilityAdded: 'discover.schema.nullability-added',
  widened: 'discover.schema.type-widened',
  valuesWidened: 'discover.schema.values-widened',
  propertyRemoved: 'discover.schema.property-removed',
  propertyAdded: 'discover.schema.property-added',
  requiredRemoved: 'discover.schema.required-removed',
  unknown: 'discover.schema.unknown',
  invalid: 'discover.schema.invalid',
  formatChanged: 'discover.schema.format-changed',
  meta: { path: '/_meta', rule: 'discover.schema.meta-changed' },
  gainsMatter: true,
};

export const CONFIG_RULES: SchemaRules = {
  stage: 'spec',
  narrowed: 'spec.config.narrowed',
  nullabilityRemoved: 'spec.config.narrowed',
  nullabilityAdded: 'spec.config.widened',
  widened: 'spec.config.widened',
  valuesWidened: 'spec.config.widened',
  propertyRemoved: 'spec.config.property-removed',
  propertyAdded: 'spec.config.widened',
  requiredRemoved: 'spec.config.widened',
  unknown: 'spec.config.unknown',
  invalid: 'spec.config.invalid-schema',
  secretUnmarked: 'spec.config.secret-unmarked',
  annotationChanged: 'spec.annotation.changed',
  gainsMatter: false,
};

export const RESOURCE_RULES: SchemaRules = {
  stage: 'spec',
  narrowed: 'spec.resource.narrowed',
  nullabilityRemoved: 'spec.resource.narrowed',
  nullabilityAdded: 'spec.resource.widened',
  widened: 'spec.resource.widened',
  valuesWidened: 'spec.resource.widened',
  propertyRemoved: 'spec.resource.property-removed',
  propertyAdded: 'spec.resource.widened',
  requiredRemoved: 'spec.resource.widened',
  unknown: 'spec.resource.unknown',
  invalid: 'spec.resource.invalid-schema',
  annotationChanged: 'spec.annotation.changed',
  gainsMatter: false,
};
