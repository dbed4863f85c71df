// A court or office a case is opened before: its name, where it sits and the zone its clock keeps.
import { JurisdictionCode } from '../deadlines/rule-pack.types';

export type ForumKind =
  | 'immigration-court'
  | 'appeals-board'
  | 'refugee-agency'
  | 'migration-office'
  | 'detention-centre';

export interface Forum {
  /** Stable slug prefixed by the jurisdiction: us-eoir-los-angeles-olive. */
  readonly id: string;
  readonly jurisdiction: JurisdictionCode;
  readonly kind: ForumKind;
  readonly name: string;
  readonly city: string;
  /** State, department or province. */
  readonly region: string;
  /** IANA zone of the place the forum sits: what its dates and hours are counted on. */
  readonly timeZone: string;
}

/** A shipped list of forums and where it was compiled from, so a reviewer can check it. */
export interface ForumList {
  readonly jurisdiction: JurisdictionCode;
  readonly source: string;
  readonly forums: readonly Forum[];
}
