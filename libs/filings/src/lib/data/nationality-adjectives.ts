// Nationality adjectives for every country Amparo lists (ISO 3166-1), as filings print them:
// "de nacionalidad ecuatoriana", "ecuatoriano" or "ecuatoriana" for the person, "Ecuadorian".
// Spanish forms are masculine here; the feminine is regular (see feminine()). Uninhabited
// territories have no nationality of their own: they print the territory's name.
import type { FilingGender } from '../model/filing-data.model';
import type { FilingLanguage } from '../model/filing-template.model';

/** `code: 'masculine Spanish adjective|English adjective'`. */
const ADJECTIVES: Readonly<Record<string, string>> = {
  AD: 'andorrano|Andorran',
  AE: 'emiratí|Emirati',
  AF: 'afgano|Afghan',
  AG: 'antiguano|Antiguan and Barbudan',
  AI: 'anguilense|Anguillian',
  AL: 'albanés|Albanian',
  AM: 'armenio|Armenian',
  AO: 'angoleño|Angolan',
  AR: 'argentino|Argentine',
  AS: 'samoano estadounidense|American Samoan',
  AT: 'austriaco|Austrian',
  AU: 'australiano|Australian',
  AW: 'arubeño|Aruban',
  AX: 'álandés|Ålander',
  AZ: 'azerbaiyano|Azerbaijani',
  BA: 'bosnio|Bosnian',
  BB: 'barbadense|Barbadian',
  BD: 'bangladesí|Bangladeshi',
  BE: 'belga|Belgian',
  BF: 'burkinés|Burkinabé',
  BG: 'búlgaro|Bulgarian',
  BH: 'bareiní|Bahraini',
  BI: 'burundés|Burundian',
  BJ: 'beninés|Beninese',
  BL: 'sanbartolomeano|Barthélemois',
  BM: 'bermudeño|Bermudian',
  BN: 'bruneano|Bruneian',
  BO: 'boliviano|Bolivian',
  BQ: 'neerlandés caribeño|Caribbean Dutch',
  BR: 'brasileño|Brazilian',
  BS: 'bahameño|Bahamian',
  BT: 'butanés|Bhutanese',
  BW: 'botsuano|Motswana',
  BY: 'bielorruso|Belarusian',
  BZ: 'beliceño|Belizean',
  CA: 'canadiense|Canadian',
  CC: 'cocano|Cocos Islander',
  CD: 'congoleño (RDC)|Congolese (DRC)',
  CF: 'centroafricano|Central African',
  CG: 'congoleño|Congolese',
  CH: 'suizo|Swiss',
  CI: 'marfileño|Ivorian',
  CK: 'cookiano|Cook Islander',
  CL: 'chileno|Chilean',
  CM: 'camerunés|Cameroonian',
  CN: 'chino|Chinese',
  CO: 'colombiano|Colombian',
  CR: 'costarricense|Costa Rican',
  CU: 'cubano|Cuban',
  CV: 'caboverdiano|Cape Verdean',
  CW: 'curazoleño|Curaçaoan',
  CX: 'navideño|Christmas Islander',
  CY: 'chipriota|Cypriot',
  CZ: 'checo|Czech',
  DE: 'alemán|German',
  DJ: 'yibutiano|Djiboutian',
  DK: 'danés|Danish',
  DM: 'dominiqués|Dominican (Dominica)',
  DO: 'dominicano|Dominican',
  DZ: 'argelino|Algerian',
  EC: 'ecuatoriano|Ecuadorian',
  EE: 'estonio|Estonian',
  EG: 'egipcio|Egyptian',
  EH: 'saharaui|Sahrawi',
  ER: 'eritreo|Eritrean',
  ES: 'español|Spanish',
  ET: 'etíope|Ethiopian',
  FI: 'finlandés|Finnish',
  FJ: 'fiyiano|Fijian',
  FK: 'malvinense|Falkland Islander',
  FM: 'micronesio|Micronesian',
  FO: 'feroés|Faroese',
  FR: 'francés|French',
  GA: 'gabonés|Gabonese',
  GB: 'británico|British',
  GD: 'granadino|Grenadian',
  GE: 'georgiano|Georgian',
  GF: 'guayanés francés|French Guianese',
  GG: 'guerneseyés|Guernsey',
  GH: 'ghanés|Ghanaian',
  GI: 'gibraltareño|Gibraltarian',
  GL: 'groenlandés|Greenlandic',
  GM: 'gambiano|Gambian',
  GN: 'guineano|Guinean',
  GP: 'guadalupeño|Guadeloupean',
  GQ: 'ecuatoguineano|Equatorial Guinean',
  GR: 'griego|Greek',
  GT: 'guatemalteco|Guatemalan',
  GU: 'guameño|Guamanian',
  GW: 'bisauguineano|Bissau-Guinean',
  GY: 'guyanés|Guyanese',
  HK: 'hongkonés|Hong Konger',
  HN: 'hondureño|Honduran',
  HR: 'croata|Croatian',
  HT: 'haitiano|Haitian',
  HU: 'húngaro|Hungarian',
  ID: 'indonesio|Indonesian',
  IE: 'irlandés|Irish',
  IL: 'israelí|Israeli',
  IM: 'manés|Manx',
  IN: 'indio|Indian',
  IQ: 'iraquí|Iraqi',
  IR: 'iraní|Iranian',
  IS: 'islandés|Icelandic',
  IT: 'italiano|Italian',
  JE: 'jerseyés|Jersey',
  JM: 'jamaicano|Jamaican',
  JO: 'jordano|Jordanian',
  JP: 'japonés|Japanese',
  KE: 'keniano|Kenyan',
  KG: 'kirguís|Kyrgyz',
  KH: 'camboyano|Cambodian',
  KI: 'kiribatiano|I-Kiribati',
  KM: 'comorense|Comorian',
  KN: 'sancristobaleño|Kittitian or Nevisian',
  KP: 'norcoreano|North Korean',
  KR: 'surcoreano|South Korean',
  KW: 'kuwaití|Kuwaiti',
  KY: 'caimanés|Caymanian',
  KZ: 'kazajo|Kazakh',
  LA: 'laosiano|Lao',
  LB: 'libanés|Lebanese',
  LC: 'santalucense|Saint Lucian',
  LI: 'liechtensteiniano|Liechtensteiner',
  LK: 'ceilanés|Sri Lankan',
  LR: 'liberiano|Liberian',
  LS: 'lesotense|Mosotho',
  LT: 'lituano|Lithuanian',
  LU: 'luxemburgués|Luxembourgish',
  LV: 'letón|Latvian',
  LY: 'libio|Libyan',
  MA: 'marroquí|Moroccan',
  MC: 'monegasco|Monégasque',
  MD: 'moldavo|Moldovan',
  ME: 'montenegrino|Montenegrin',
  MF: 'sanmartinense|Saint-Martinoise',
  MG: 'malgache|Malagasy',
  MH: 'marshalés|Marshallese',
  MK: 'macedonio|North Macedonian',
  ML: 'maliense|Malian',
  MM: 'birmano|Burmese',
  MN: 'mongol|Mongolian',
  MO: 'macaense|Macanese',
  MP: 'normarianense|Northern Marianan',
  MQ: 'martiniqués|Martinican',
  MR: 'mauritano|Mauritanian',
  MS: 'montserratense|Montserratian',
  MT: 'maltés|Maltese',
  MU: 'mauriciano|Mauritian',
  MV: 'maldivo|Maldivian',
  MW: 'malauí|Malawian',
  MX: 'mexicano|Mexican',
  MY: 'malasio|Malaysian',
  MZ: 'mozambiqueño|Mozambican',
  NA: 'namibio|Namibian',
  NC: 'neocaledonio|New Caledonian',
  NE: 'nigerino|Nigerien',
  NF: 'norfolkense|Norfolk Islander',
  NG: 'nigeriano|Nigerian',
  NI: 'nicaragüense|Nicaraguan',
  NL: 'neerlandés|Dutch',
  NO: 'noruego|Norwegian',
  NP: 'nepalí|Nepali',
  NR: 'nauruano|Nauruan',
  NU: 'niueano|Niuean',
  NZ: 'neozelandés|New Zealander',
  OM: 'omaní|Omani',
  PA: 'panameño|Panamanian',
  PE: 'peruano|Peruvian',
  PF: 'polinesio francés|French Polynesian',
  PG: 'papú|Papua New Guinean',
  PH: 'filipino|Filipino',
  PK: 'pakistaní|Pakistani',
  PL: 'polaco|Polish',
  PM: 'sanpedrino|Saint-Pierrais or Miquelonnais',
  PN: 'pitcairnés|Pitcairn Islander',
  PR: 'puertorriqueño|Puerto Rican',
  PS: 'palestino|Palestinian',
  PT: 'portugués|Portuguese',
  PW: 'palauano|Palauan',
  PY: 'paraguayo|Paraguayan',
  QA: 'catarí|Qatari',
  RE: 'reunionés|Réunionese',
  RO: 'rumano|Romanian',
  RS: 'serbio|Serbian',
  RU: 'ruso|Russian',
  RW: 'ruandés|Rwandan',
  SA: 'saudí|Saudi',
  SB: 'salomonense|Solomon Islander',
  SC: 'seychellense|Seychellois',
  SD: 'sudanés|Sudanese',
  SE: 'sueco|Swedish',
  SG: 'singapurense|Singaporean',
  SH: 'santaelenense|Saint Helenian',
  SI: 'esloveno|Slovenian',
  SJ: 'svalbardense|Svalbard',
  SK: 'eslovaco|Slovak',
  SL: 'sierraleonés|Sierra Leonean',
  SM: 'sanmarinense|Sammarinese',
  SN: 'senegalés|Senegalese',
  SO: 'somalí|Somali',
  SR: 'surinamés|Surinamese',
  SS: 'sursudanés|South Sudanese',
  ST: 'santotomense|São Toméan',
  SV: 'salvadoreño|Salvadoran',
  SX: 'sanmartinense neerlandés|Sint Maartener',
  SY: 'sirio|Syrian',
  SZ: 'suazi|Swazi',
  TC: 'turcocaicuense|Turks and Caicos Islander',
  TD: 'chadiano|Chadian',
  TG: 'togolés|Togolese',
  TH: 'tailandés|Thai',
  TJ: 'tayiko|Tajik',
  TK: 'tokelauano|Tokelauan',
  TL: 'timorense|Timorese',
  TM: 'turcomano|Turkmen',
  TN: 'tunecino|Tunisian',
  TO: 'tongano|Tongan',
  TR: 'turco|Turkish',
  TT: 'trinitense|Trinidadian and Tobagonian',
  TV: 'tuvaluano|Tuvaluan',
  TW: 'taiwanés|Taiwanese',
  TZ: 'tanzano|Tanzanian',
  UA: 'ucraniano|Ukrainian',
  UG: 'ugandés|Ugandan',
  US: 'estadounidense|American',
  UY: 'uruguayo|Uruguayan',
  UZ: 'uzbeko|Uzbek',
  VA: 'vaticano|Vatican',
  VC: 'sanvicentino|Vincentian',
  VE: 'venezolano|Venezuelan',
  VG: 'virgenense británico|British Virgin Islander',
  VI: 'virgenense estadounidense|U.S. Virgin Islander',
  VN: 'vietnamita|Vietnamese',
  VU: 'vanuatuense|Ni-Vanuatu',
  WF: 'walisiano|Wallisian or Futunan',
  WS: 'samoano|Samoan',
  YE: 'yemení|Yemeni',
  YT: 'mahorés|Mahoran',
  ZA: 'sudafricano|South African',
  ZM: 'zambiano|Zambian',
  ZW: 'zimbabuense|Zimbabwean',
};

/** Territories without inhabitants of their own nationality: no adjective, by design. */
export const NO_NATIONALITY_ADJECTIVE: ReadonlySet<string> = new Set([
  'AQ',
  'BV',
  'GS',
  'HM',
  'IO',
  'TF',
  'UM',
]);

const FEMININE_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/o$/, 'a'],
  [/és$/, 'esa'],
  [/án$/, 'ana'],
  [/ón$/, 'ona'],
  [/ín$/, 'ina'],
  [/ís$/, 'isa'],
  [/ol$/, 'ola'],
  [/or$/, 'ora'],
];

/** "ecuatoriano" → "ecuatoriana", "francés" → "francesa", "estadounidense" unchanged. */
export function feminine(masculine: string): string {
  return masculine
    .split(' ')
    .map((word) => {
      if (word.startsWith('(')) return word;
      const rule = FEMININE_ENDINGS.find(([ending]) => ending.test(word));
      return rule ? word.replace(rule[0], rule[1]) : word;
    })
    .join(' ');
}

/** Both forms for a person whose gender is not stated: "ecuatoriano(a)", "alemán o alemana". */
function eitherForm(masculine: string, female: string): string {
  if (masculine === female) return masculine;
  return female === `${masculine.slice(0, -1)}a` ? `${masculine}(a)` : `${masculine} o ${female}`;
}

export interface NationalityWords {
  /** Agreeing with "nacionalidad" (feminine in Spanish): "de nacionalidad ecuatoriana". */
  readonly ofNationality: string;
  /** Agreeing with the person: "ecuatoriano", "ecuatoriana", "ecuatoriano(a)" when not stated. */
  readonly ofPerson: string;
}

const join = (words: readonly string[], language: FilingLanguage): string =>
  new Intl.ListFormat(language, { type: 'conjunction' }).format(words);

/** The adjectives of a person's nationalities (ISO codes), or undefined when there are none. */
export function nationalityAdjectives(
  codes: readonly string[],
  language: FilingLanguage,
  gender?: FilingGender,
): NationalityWords | undefined {
  if (codes.length === 0) return undefined;
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const forms = codes.map((code) => {
    const entry = ADJECTIVES[code.toUpperCase()];
    if (!entry) {
      const name = names.of(code.toUpperCase()) ?? code;
      return { female: name, person: name };
    }
    // Every entry is "masculine|English" (a test reads them all).
    const [masculine = entry, english = masculine] = entry.split('|');
    if (language === 'en') return { female: english, person: english };
    const female = feminine(masculine);
    const person =
      gender === 'female' ? female : gender === 'male' ? masculine : eitherForm(masculine, female);
    return { female, person };
  });
  return {
    ofNationality: join(
      forms.map((form) => form.female),
      language,
    ),
    ofPerson: join(
      forms.map((form) => form.person),
      language,
    ),
  };
}

/** Codes that have an adjective (for the completeness test). */
export const NATIONALITY_ADJECTIVE_CODES: readonly string[] = Object.keys(ADJECTIVES);
