// Invented people for the benchmark data set: names and aliases in the scripts the offices meet
// (Latin with accents, Haitian Creole, Chinese, Arabic script, Cyrillic, Devanagari, Mayan
// languages), nationalities, languages and where they are usually defended. None is a real person.

export interface Origin {
  readonly nationality: string;
  readonly languages: readonly string[];
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** How a name is also written (transliteration) or known (nickname), when it is. */
  readonly alias?: (given: string, family: string, pick: <T>(xs: readonly T[]) => T) => string;
}

const HISPANIC_GIVEN = [
  'José Luis',
  'María José',
  'Jhonatan',
  'Yusleidy',
  'Andrés',
  'Génesis',
  'Wilmer',
  'Ángela',
  'Luis Ángel',
  'Daniela',
  'Yorman',
  'Nayeli',
  'Jesús',
  'Dayana',
  'Óscar',
  'Mariela',
  'Kevin',
  'Yamilet',
  'Ramón',
  'Lucía',
  'Brayan',
  'Sofía',
  'Héctor',
  'Rosa Elena',
  'Joel',
  'Íngrid',
];
const HISPANIC_FAMILY = [
  'Pérez Núñez',
  'González',
  'Rodríguez Peña',
  'Hernández',
  'Martínez Ávila',
  'López',
  'García',
  'Ramírez Ojeda',
  'Castillo',
  'Mendoza',
  'Gutiérrez',
  'Chávez Muñoz',
  'Vásquez',
  'Rojas',
  'Quiñónez',
  'Álvarez',
  'Zúñiga',
  'Barrios',
  'Peña Lara',
  'Ordóñez',
  'Sánchez',
  'Íñiguez',
];
const NICKNAMES: Record<string, string> = {
  'José Luis': 'Pepe',
  Jesús: 'Chuy',
  'María José': 'Majo',
  Jhonatan: 'Jhony',
  Ramón: 'Moncho',
  Héctor: 'Tito',
  'Luis Ángel': 'Lucho',
  Yorman: 'El Flaco',
  Wilmer: 'Wili',
};
const hispanicAlias: Origin['alias'] = (given, family) =>
  NICKNAMES[given] ?? `${given.split(' ')[0]} ${family.split(' ')[0]}`;

const hispanic = (nationality: string): Origin => ({
  nationality,
  languages: ['es'],
  given: HISPANIC_GIVEN,
  family: HISPANIC_FAMILY,
  alias: hispanicAlias,
});

/** Chinese names in characters, with their pinyin as the alias. */
const CHINESE: ReadonlyArray<readonly [string, string]> = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['秀英', 'Xiuying'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['强', 'Qiang'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['艳', 'Yan'],
  ['建华', 'Jianhua'],
  ['俊', 'Jun'],
];
const CHINESE_FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
];
/** Dari names in Arabic script, with a Latin transliteration as the alias. */
const DARI: ReadonlyArray<readonly [string, string]> = [
  ['احمد', 'Ahmad'],
  ['محمد', 'Mohammad'],
  ['فاطمه', 'Fatima'],
  ['زهرا', 'Zahra'],
  ['علی', 'Ali'],
  ['مریم', 'Maryam'],
  ['حسین', 'Hussain'],
  ['نرگس', 'Nargis'],
  ['رحیم', 'Rahim'],
];
const DARI_FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['احمدی', 'Ahmadi'],
  ['رحیمی', 'Rahimi'],
  ['حیدری', 'Haidari'],
  ['نوری', 'Noori'],
  ['کریمی', 'Karimi'],
  ['صدیقی', 'Siddiqui'],
  ['هاشمی', 'Hashimi'],
];
/** Russian names in Cyrillic, with the Latin spelling of a passport as the alias. */
const RUSSIAN: ReadonlyArray<readonly [string, string]> = [
  ['Алексей', 'Aleksei'],
  ['Ольга', 'Olga'],
  ['Дмитрий', 'Dmitrii'],
  ['Наталья', 'Natalia'],
  ['Сергей', 'Sergei'],
  ['Ирина', 'Irina'],
  ['Андрей', 'Andrei'],
  ['Екатерина', 'Ekaterina'],
];
const RUSSIAN_FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['Иванов', 'Ivanov'],
  ['Смирнова', 'Smirnova'],
  ['Кузнецов', 'Kuznetsov'],
  ['Попова', 'Popova'],
  ['Соколов', 'Sokolov'],
  ['Лебедева', 'Lebedeva'],
  ['Новиков', 'Novikov'],
];
/** Hindi names in Devanagari, with the Latin spelling as the alias. */
const HINDI: ReadonlyArray<readonly [string, string]> = [
  ['राहुल', 'Rahul'],
  ['प्रिया', 'Priya'],
  ['अमित', 'Amit'],
  ['सुनीता', 'Sunita'],
  ['गुरप्रीत', 'Gurpreet'],
  ['मनप्रीत', 'Manpreet'],
  ['विजय', 'Vijay'],
];
const HINDI_FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['सिंह', 'Singh'],
  ['कौर', 'Kaur'],
  ['शर्मा', 'Sharma'],
  ['पटेल', 'Patel'],
  ['गिल', 'Gill'],
];

/** An origin whose names are written in another script, the transliteration kept as the alias. */
function transliterated(
  nationality: string,
  languages: string[],
  given: ReadonlyArray<readonly [string, string]>,
  family: ReadonlyArray<readonly [string, string]>,
  latinOrder: 'given-family' | 'family-given' = 'given-family',
): Origin {
  const latin = new Map([...given, ...family].map(([native, roman]) => [native, roman]));
  return {
    nationality,
    languages,
    given: given.map(([native]) => native),
    family: family.map(([native]) => native),
    alias: (g, f) =>
      latinOrder === 'given-family'
        ? `${latin.get(g)} ${latin.get(f)}`
        : `${latin.get(f)} ${latin.get(g)}`,
  };
}

export const ORIGINS: Record<string, Origin> = {
  VE: hispanic('VE'),
  CO: hispanic('CO'),
  HN: hispanic('HN'),
  SV: hispanic('SV'),
  NI: hispanic('NI'),
  CU: hispanic('CU'),
  EC: hispanic('EC'),
  MX: hispanic('MX'),
  GT: {
    nationality: 'GT',
    languages: ['quc', 'es'], // K'iche' first: an interpreter is often needed
    given: ['Ixchel', 'Tojil', 'Xumak', 'Ixmukane', 'Juan Tomás', 'Rigoberta', 'Kej', 'Manuela'],
    family: ['Tzul Ixcoy', 'Chumil', 'Tuyuc', 'Xiloj', 'Cux Tambriz', 'Pu Us', 'Batz'],
    alias: (g, f) => `${g.split(' ')[0]} ${f.split(' ')[0]}`,
  },
  HT: {
    nationality: 'HT',
    languages: ['ht', 'fr'],
    given: [
      'Jean-Baptiste',
      'Marie-Ange',
      'Wilner',
      'Nadège',
      'Fritznel',
      'Guerline',
      'Jérémie',
      'Rosemène',
      'Dieuseul',
      'Mackenson',
    ],
    family: [
      'Jean-Louis',
      'Pierre',
      'Joseph',
      'Désir',
      'Célestin',
      'Saint-Fleur',
      'Louissaint',
      'Exantus',
      'Dorvil',
    ],
    alias: (g) => `Ti ${g.replace(/[-\s].*/, '')}`, // the Creole diminutive people go by
  },
  CN: transliterated('CN', ['zh'], CHINESE, CHINESE_FAMILY, 'family-given'),
  AF: transliterated('AF', ['fa', 'ps'], DARI, DARI_FAMILY),
  RU: transliterated('RU', ['ru'], RUSSIAN, RUSSIAN_FAMILY),
  IN: transliterated('IN', ['hi', 'pa'], HINDI, HINDI_FAMILY),
  SN: {
    nationality: 'SN',
    languages: ['wo', 'fr'],
    given: ['Mamadou', 'Awa', 'Cheikh', 'Fatou', 'Ousmane', 'Aminata', 'Ibrahima'],
    family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Diallo', 'Ba', 'Gueye'],
  },
  AO: {
    nationality: 'AO',
    languages: ['pt'],
    given: ['João', 'Conceição', 'Adão', 'Esperança', 'Domingos', 'Fátima'],
    family: ['dos Santos', 'Gonçalves', 'Baptista', 'Sebastião', 'Mbala'],
  },
};

/** Where people defended in each country come from, as weights. */
export const ORIGINS_BY_FORUM: Record<string, ReadonlyArray<readonly [string, number]>> = {
  PE: [
    ['VE', 70],
    ['CO', 10],
    ['EC', 5],
    ['HT', 4],
    ['CU', 4],
    ['CN', 3],
    ['SN', 2],
    ['AF', 2],
  ],
  US: [
    ['HN', 18],
    ['GT', 16],
    ['MX', 16],
    ['SV', 10],
    ['VE', 10],
    ['HT', 8],
    ['CN', 6],
    ['IN', 6],
    ['RU', 4],
    ['EC', 4],
    ['AF', 2],
  ],
  MX: [
    ['HN', 30],
    ['HT', 20],
    ['GT', 15],
    ['SV', 10],
    ['CU', 10],
    ['VE', 10],
    ['AO', 3],
    ['SN', 2],
  ],
  DO: [
    ['HT', 85],
    ['VE', 10],
    ['CU', 5],
  ],
  PA: [
    ['VE', 35],
    ['CO', 20],
    ['HT', 15],
    ['CU', 10],
    ['CN', 8],
    ['AF', 6],
    ['IN', 6],
  ],
  CR: [
    ['NI', 70],
    ['VE', 15],
    ['CU', 10],
    ['CO', 5],
  ],
};

/** The languages an office in each country works in without an interpreter. */
export const FORUM_LANGUAGES: Record<string, readonly string[]> = {
  PE: ['es'],
  US: ['en', 'es'],
  MX: ['es'],
  DO: ['es'],
  PA: ['es'],
  CR: ['es'],
};

export const FORUMS: Record<string, readonly string[]> = {
  PE: [
    'Superintendencia Nacional de Migraciones, Lima',
    'Jefatura Zonal de Tumbes',
    'Jefatura Zonal de Tacna',
  ],
  US: [
    'Houston Immigration Court',
    'Miami Immigration Court',
    'San Diego Immigration Court',
    'New York Broadway Immigration Court',
  ],
  MX: ['COMAR Tapachula', 'COMAR Ciudad de México', 'Juzgado de Distrito en Tijuana'],
  DO: ['CONARE, Santo Domingo'],
  PA: ['ONPAR, Ciudad de Panamá'],
  CR: ['Unidad de Refugio, DGME San José'],
};

export const OUTCOMES = ['granted', 'denied', 'withdrawn', 'released', 'removed', 'regularized'];
