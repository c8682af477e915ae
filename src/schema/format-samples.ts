/** Sample values for formats the validator checks, so that a format-constrained schema still gets instances. */
const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-02T03:04:05Z',
  date: '2024-01-02',
  time: '03:04:05Z',
  email: 'a@example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/a',
  'uri-reference': '/a',
  uuid: '123e4567-e89b-12d3-a456-426614174000',
  'json-pointer': '/a',
  'relative-json-pointer': '0/a',
  regex: '^a$',
  'uri-template': 'https://example.com/{a}',
  url: 'https://example.com',
  duration: 'P1D',
  byte: 'YQ==',
  'iso-time': '03:04:05Z',
  'iso-date-time': '2024-01-02T03:04:05Z',
  'idn-hostname': 'example.com',
  'idn-email': 'a@example.com',
  iri: 'https://example.com/a',
  'iri-reference': '/a',
  // Flow's (flow-formats.ts)
  integer: '1',
  uint32: '1',
  uint64: '1',
  number: '1.5',
  macaddr: '00:1b:63:84:45:e6',
  macaddr8: '00:1b:63:84:45:e6:aa:bb',
  sha256: `sha256:${'e3b0c442'.repeat(8)}`,
  datetime: '2024-01-02T03:04:05Z',
};

/** A string of the format that the validator accepts; undefined for a format it has no sample of. */
export const formatSample = (format: unknown): string | undefined =>
  typeof format === 'string' && Object.hasOwn(FORMAT_SAMPLES, format) ? FORMAT_SAMPLES[format] : undefined;
