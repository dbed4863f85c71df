// Reads an edited country profile from untrusted JSON: the exact shape of the domain model, or a
// list of problems naming each field. The legal rules (citations, dates) are checked afterwards.
import type {
  ArrangementInForce,
  CartagenaGround,
  ChangedCircumstances,
  CountryProfile,
  CountryRole,
  ForumCartagena,
  ForumCartagenaGround,
  ForumFacts,
  ForumProtection,
  GuidanceCitation,
  GuidanceRiskProfile,
  LocalizedText,
  ReceivingArrangement,
  ReturnsAdvisory,
  RiskProfileTag,
  SourceStatus,
  SourceText,
  ThirdCountryArrangement,
} from '@amparo/domain';
import type { CountryProfileProblem } from './country-profiles.errors';

const WRONG_SHAPE = 'COUNTRY_PROFILE_WRONG_SHAPE';
const MAX_TEXT = 4000;
const MAX_ITEMS = 50;

const ROLES: Record<CountryRole, true> = { origin: true, 'removing-state': true };
const STATUSES: Record<SourceStatus, true> = {
  verified: true,
  secondary: true,
  unverified: true,
  'not-found': true,
};
const TAGS: Record<RiskProfileTag, true> = {
  activist: true,
  journalist: true,
  judge: true,
  lawyer: true,
  'woman-or-girl': true,
  child: true,
  lgbtiq: true,
  'targeted-by-gangs': true,
};
const CARTAGENA: Record<ForumCartagena, true> = {
  yes: true,
  partly: true,
  no: true,
  'not-verified': true,
};
const GROUND_APPLIES: Record<ForumCartagenaGround['applies'], true> = {
  yes: true,
  no: true,
  'not-verified': true,
};
const GROUNDS: Record<CartagenaGround, true> = {
  'generalized-violence': true,
  'foreign-aggression': true,
  'internal-conflict': true,
  'massive-human-rights-violations': true,
  'public-order-disturbance': true,
};
const IN_FORCE: Record<ArrangementInForce, true> = { yes: true, no: true, unknown: true };
/** The optional source fields every sourced fact may carry (`SourceText`). */
const SOURCE_KEYS = ['sourceUrl', 'excerpt'] as const;

type Json = Record<string, unknown>;

/** Collects problems while reading; every reader returns a placeholder when the value is wrong. */
class ShapeReader {
  readonly problems: CountryProfileProblem[] = [];
  /** Fields already refused as a whole: their parts are not reported again. */
  private readonly refused: string[] = [];

  fail(field: string, message: string): void {
    if (this.refused.some((f) => field.startsWith(`${f}.`) || field.startsWith(`${f}[`))) return;
    this.problems.push({ field, message, code: WRONG_SHAPE });
  }

  object(value: unknown, field: string, keys: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field, 'must be an object');
      this.refused.push(field);
      return {};
    }
    for (const key of Object.keys(value))
      if (!keys.includes(key)) this.fail(`${field}.${key}`, 'is not a field of a country profile');
    return value as Json;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string') this.fail(field, 'must be a string');
    else if (value.length > MAX_TEXT) this.fail(field, `must be at most ${MAX_TEXT} characters`);
    else return value;
    return '';
  }

  optionalString(value: unknown, field: string): string | undefined {
    return value === undefined ? undefined : this.string(value, field);
  }

  optionalBoolean(value: unknown, field: string): boolean | undefined {
    return value === undefined ? undefined : this.boolean(value, field);
  }

  optionalOneOf<T extends string>(
    value: unknown,
    field: string,
    allowed: Record<T, true>,
  ): T | undefined {
    return value === undefined ? undefined : this.oneOf(value, field, allowed);
  }

  /** The address and excerpt of a sourced fact, each only when present. */
  source(o: Json, field: string): SourceText {
    const sourceUrl = this.optionalString(o['sourceUrl'], `${field}.sourceUrl`);
    const excerpt = this.optionalString(o['excerpt'], `${field}.excerpt`);
    return {
      ...(sourceUrl === undefined ? {} : { sourceUrl }),
      ...(excerpt === undefined ? {} : { excerpt }),
    };
  }

  boolean(value: unknown, field: string): boolean {
    if (typeof value === 'boolean') return value;
    this.fail(field, 'must be true or false');
    return false;
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: Record<T, true>): T {
    if (typeof value === 'string' && Object.hasOwn(allowed, value)) return value as T;
    this.fail(field, `must be one of ${Object.keys(allowed).join(', ')}`);
    return Object.keys(allowed)[0] as T;
  }

  text(value: unknown, field: string): LocalizedText {
    const o = this.object(value, field, ['en', 'es']);
    return { en: this.string(o['en'], `${field}.en`), es: this.string(o['es'], `${field}.es`) };
  }

  list<T>(value: unknown, field: string, item: (v: unknown, f: string) => T): T[] {
    if (!Array.isArray(value)) {
      this.fail(field, 'must be a list');
      this.refused.push(field);
      return [];
    }
    if (value.length > MAX_ITEMS) this.fail(field, `must have at most ${MAX_ITEMS} entries`);
    return value.slice(0, MAX_ITEMS).map((v, i) => item(v, `${field}[${i}]`));
  }
}

export interface ShapeResult {
  readonly profile: CountryProfile;
  readonly problems: readonly CountryProfileProblem[];
}

export function readCountryProfileShape(input: unknown, field = 'profile'): ShapeResult {
  const r = new ShapeReader();
  const p = r.object(input, field, [
    'code',
    'name',
    'roles',
    'guidanceFound',
    'guidance',
    'guidanceNote',
    'riskProfiles',
    'riskProfilesTranscribed',
    'cartagenaContext',
    'returns',
    'thirdCountryArrangement',
    'forum',
    'changedCircumstances',
    'reviewedOn',
    'reviewedBy',
  ]);
  const f = (name: string) => `${field}.${name}`;
  const guidance = (v: unknown, at: string): GuidanceCitation => {
    const g = r.object(v, at, [
      'id',
      'issuer',
      'title',
      'exactTitle',
      'symbol',
      'date',
      'summary',
      'status',
      ...SOURCE_KEYS,
    ]);
    const symbol = r.optionalString(g['symbol'], `${at}.symbol`);
    const exactTitle = r.optionalBoolean(g['exactTitle'], `${at}.exactTitle`);
    const status = r.optionalOneOf(g['status'], `${at}.status`, STATUSES);
    return {
      id: r.string(g['id'], `${at}.id`),
      issuer: r.string(g['issuer'], `${at}.issuer`),
      title: r.string(g['title'], `${at}.title`),
      ...(exactTitle === undefined ? {} : { exactTitle }),
      ...(symbol === undefined ? {} : { symbol }),
      date: r.string(g['date'], `${at}.date`),
      summary: r.text(g['summary'], `${at}.summary`),
      ...(status === undefined ? {} : { status }),
      ...r.source(g, at),
    };
  };
  const riskProfile = (v: unknown, at: string): GuidanceRiskProfile => {
    const o = r.object(v, at, ['tag', 'label', 'citationId']);
    return {
      tag: r.oneOf(o['tag'], `${at}.tag`, TAGS),
      label: r.text(o['label'], `${at}.label`),
      citationId: r.string(o['citationId'], `${at}.citationId`),
    };
  };
  const returns = (v: unknown, at: string): ReturnsAdvisory => {
    const o = r.object(v, at, [
      'advisedAgainst',
      'since',
      'citationId',
      'note',
      'status',
      ...SOURCE_KEYS,
    ]);
    const since = r.optionalString(o['since'], `${at}.since`);
    const citationId = r.optionalString(o['citationId'], `${at}.citationId`);
    const status = r.optionalOneOf(o['status'], `${at}.status`, STATUSES);
    return {
      advisedAgainst: r.boolean(o['advisedAgainst'], `${at}.advisedAgainst`),
      ...(since === undefined ? {} : { since }),
      ...(citationId === undefined ? {} : { citationId }),
      note: r.text(o['note'], `${at}.note`),
      ...(status === undefined ? {} : { status }),
      ...r.source(o, at),
    };
  };
  const receiving = (v: unknown, at: string): ReceivingArrangement => {
    const o = r.object(v, at, ['id', 'title', 'date', 'inForce', 'status', 'note', ...SOURCE_KEYS]);
    return {
      id: r.string(o['id'], `${at}.id`),
      title: r.text(o['title'], `${at}.title`),
      date: r.string(o['date'], `${at}.date`),
      inForce: r.oneOf(o['inForce'], `${at}.inForce`, IN_FORCE),
      status: r.oneOf(o['status'], `${at}.status`, STATUSES),
      note: r.text(o['note'], `${at}.note`),
      ...r.source(o, at),
    };
  };
  const arrangement = (v: unknown, at: string): ThirdCountryArrangement => {
    const o = r.object(v, at, ['receivesOtherNationals', 'status', 'note', 'arrangements']);
    return {
      receivesOtherNationals: r.boolean(
        o['receivesOtherNationals'],
        `${at}.receivesOtherNationals`,
      ),
      status: r.oneOf(o['status'], `${at}.status`, STATUSES),
      note: r.text(o['note'], `${at}.note`),
      ...(o['arrangements'] === undefined
        ? {}
        : { arrangements: r.list(o['arrangements'], `${at}.arrangements`, receiving) }),
    };
  };
  const protection = (v: unknown, at: string): ForumProtection => {
    const o = r.object(v, at, ['text', 'citation', 'status', ...SOURCE_KEYS]);
    return {
      text: r.text(o['text'], `${at}.text`),
      citation: r.string(o['citation'], `${at}.citation`),
      status: r.oneOf(o['status'], `${at}.status`, STATUSES),
      ...r.source(o, at),
    };
  };
  const ground = (v: unknown, at: string): ForumCartagenaGround => {
    const o = r.object(v, at, ['ground', 'applies', 'basis', 'status', ...SOURCE_KEYS]);
    return {
      ground: r.oneOf(o['ground'], `${at}.ground`, GROUNDS),
      applies: r.oneOf(o['applies'], `${at}.applies`, GROUND_APPLIES),
      basis: r.string(o['basis'], `${at}.basis`),
      status: r.oneOf(o['status'], `${at}.status`, STATUSES),
      ...r.source(o, at),
    };
  };
  const forum = (v: unknown, at: string): ForumFacts => {
    const o = r.object(v, at, [
      'appliesCartagena',
      'cartagenaBasis',
      'cartagenaGrounds',
      'protections',
      'catBars',
    ]);
    const cartagenaBasis = r.optionalString(o['cartagenaBasis'], `${at}.cartagenaBasis`);
    return {
      appliesCartagena: r.oneOf(o['appliesCartagena'], `${at}.appliesCartagena`, CARTAGENA),
      ...(cartagenaBasis === undefined ? {} : { cartagenaBasis }),
      ...(o['cartagenaGrounds'] === undefined
        ? {}
        : {
            cartagenaGrounds: r.list(o['cartagenaGrounds'], `${at}.cartagenaGrounds`, ground),
          }),
      protections: r.list(o['protections'], `${at}.protections`, protection),
      ...(o['catBars'] === undefined ? {} : { catBars: protection(o['catBars'], `${at}.catBars`) }),
    };
  };
  const changedCircumstances = (v: unknown, at: string): ChangedCircumstances => {
    const o = r.object(v, at, ['date', 'event', 'status', ...SOURCE_KEYS]);
    return {
      date: r.string(o['date'], `${at}.date`),
      event: r.text(o['event'], `${at}.event`),
      status: r.oneOf(o['status'], `${at}.status`, STATUSES),
      ...r.source(o, at),
    };
  };
  const cartagenaContext = (v: unknown, at: string) => {
    const o = r.object(v, at, ['citationId', 'note']);
    return {
      citationId: r.string(o['citationId'], `${at}.citationId`),
      note: r.text(o['note'], `${at}.note`),
    };
  };

  const reviewedBy = r.optionalString(p['reviewedBy'], f('reviewedBy'));
  const profile: CountryProfile = {
    code: r.string(p['code'], f('code')),
    name: r.text(p['name'], f('name')),
    roles: r.list(p['roles'], f('roles'), (v, at) => r.oneOf(v, at, ROLES)),
    guidanceFound: r.boolean(p['guidanceFound'], f('guidanceFound')),
    guidance: r.list(p['guidance'], f('guidance'), guidance),
    guidanceNote: r.text(p['guidanceNote'], f('guidanceNote')),
    riskProfiles: r.list(p['riskProfiles'], f('riskProfiles'), riskProfile),
    riskProfilesTranscribed: r.boolean(p['riskProfilesTranscribed'], f('riskProfilesTranscribed')),
    ...(p['cartagenaContext'] === undefined
      ? {}
      : { cartagenaContext: cartagenaContext(p['cartagenaContext'], f('cartagenaContext')) }),
    returns: returns(p['returns'], f('returns')),
    thirdCountryArrangement: arrangement(
      p['thirdCountryArrangement'],
      f('thirdCountryArrangement'),
    ),
    ...(p['forum'] === undefined ? {} : { forum: forum(p['forum'], f('forum')) }),
    ...(p['changedCircumstances'] === undefined
      ? {}
      : {
          changedCircumstances: changedCircumstances(
            p['changedCircumstances'],
            f('changedCircumstances'),
          ),
        }),
    reviewedOn: r.string(p['reviewedOn'], f('reviewedOn')),
    ...(reviewedBy === undefined ? {} : { reviewedBy }),
  };
  return { profile, problems: r.problems };
}
