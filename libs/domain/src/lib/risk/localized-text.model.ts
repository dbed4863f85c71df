// Text shown to people in both working languages of the region's legal-aid teams.

/** Every user-facing string of the screening exists in English and Spanish, never one alone. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}
