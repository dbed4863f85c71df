// The digest of every rule as each pack version shipped it (rule-fingerprint.ts). A test checks
// the shipped rules against the current version here, and the changelog against the difference
// between versions: changing a rule without a new version and a changelog entry fails the tests.
// Append the new version with `npm run rules:fingerprints` when a pack changes; never edit an old one.

export const RULE_FINGERPRINTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'PE@1.0.0': {
    'pe.pasee.decision': '1e728ebedebae2',
    'pe.pasee.police-report': '05a2705322af88',
    'pe.pasee.reconsideration': '13dea899634a49',
    'pe.habeas-corpus': '0330a2ea27d465',
  },
  'US@1.0.0': {
    'us.bia-appeal': '0ee8c70b044a2e',
    'us.eoir-29-appeal': '124b29941cbd84',
    'us.motion-to-reconsider': '034eeaa6fc2476',
    'us.motion-to-reopen': '093259997f7f96',
    'us.motion-to-reopen-in-absentia': '080a4bd0858a2a',
    'us.motion-to-reopen-in-absentia-no-notice': '141d6974eb0bae',
    'us.petition-for-review': '181719dcd8eb1d',
    'us.asylum-one-year': '0dd79c62202854',
    'us.judge-imposed-i589': '1f973edddb81d8',
    'us.change-of-address': '021dbc424a662d',
    'us.credible-fear-review': '145628b48e8344',
  },
  'MX@1.0.0': {
    'mx.comar.application': '08eba35dd31135',
    'mx.comar.decision': '1aad4c14f9263f',
    'mx.comar.revision': '10209614ba1b3b',
    'mx.amparo': '1c481b87fef47d',
    'mx.amparo.deportation': '0abc4bc96ae69b',
  },
  'DO@1.0.0': {
    'do.refugee.application': '1ad33e808a3ba1',
    'do.refugee.constancia-renewal': '1182b1e776e57e',
  },
  'PA@1.0.0': {
    'pa.refugee.application': '1ccfd9b83ff156',
  },
  'CR@1.0.0': {
    'cr.migration.revocatoria-apelacion': '1a6bbfd28ef2d3',
  },
  'PE@1.1.0': {
    'pe.pasee.decision': '0a5d7d15dc7e6b',
    'pe.pasee.police-report': '17df9a29f46a05',
    'pe.pasee.reconsideration': '1bb8e4ee847aee',
    'pe.pasee.appeal': '11d88fda161129',
    'pe.habeas-corpus': '1028fad089e3e3',
    'pe.amparo': '08a2464d7c61a7',
  },
  'US@1.1.0': {
    'us.bia-appeal': '08421a73c26107',
    'us.eoir-29-appeal': '158114e67b5f64',
    'us.motion-to-reconsider': '1779fa685d36c8',
    'us.motion-to-reopen': '16b7558147e9ac',
    'us.motion-to-reopen.changed-country-conditions': '0a20b80db7a01a',
    'us.motion-to-reopen-in-absentia': '19184504f7c665',
    'us.motion-to-reopen-in-absentia-no-notice': '141d6974eb0bae',
    'us.petition-for-review': '1f16e832d5ee0c',
    'us.petition-for-review.faro': '0a49911575beb8',
    'us.petition-for-review.reinstatement': '1a4f12fc52676d',
    'us.asylum-one-year': '08b6223b334f4d',
    'us.judge-imposed-i589': '152b01227f3e65',
    'us.change-of-address': '113b8d3b71fd2b',
    'us.change-of-address.dhs-ar11': '0054a71c34f669',
    'us.credible-fear-review': '07b6f43f34fac5',
    'us.reasonable-fear.asylum-officer': '1c7f5faa7033e4',
    'us.reasonable-fear.ij-review': '184c7704845a46',
    'us.voluntary-departure.bond': '0534daecf801b2',
    'us.voluntary-departure.depart-by': '1237fe7b5a006a',
    'us.bia-briefing': '0b965b6654c1c0',
    'us.third-country.earliest-removal': '134a39388083f6',
    'us.third-country.habeas': '094aaca4eea29e',
    'us.third-country.fear-screening': '1d33f7186b438b',
  },
  'MX@1.1.0': {
    'mx.comar.application': '04fda59802ff6b',
    'mx.comar.application-sur-place': '13e7c2229afe3b',
    'mx.comar.decision': '1d3de5f6414a1b',
    'mx.comar.revision': '0aec9b712448d7',
    'mx.amparo': '0eb8555e44bbf3',
    'mx.amparo.deportation': '0347a42dd7b845',
    'mx.detention.36-hours': '1e930fad1263d7',
    'mx.detention.art-111': '11ee65cb2e80a7',
    'mx.inm.revision': '01a262545ece13',
    'mx.inm.nulidad': '1ff07b0597e14a',
  },
  'DO@1.1.0': {
    'do.refugee.application': '0e2c146742df9a',
    'do.refugee.constancia-renewal': '110f48d9e84cff',
  },
  'PA@1.1.0': {
    'pa.refugee.application': '17c8e62d9325c8',
  },
  'CR@1.1.0': {
    'cr.migration.revocatoria-apelacion': '0871063589d1a4',
    'cr.refugee.application': '1d6cebec982595',
  },
};
