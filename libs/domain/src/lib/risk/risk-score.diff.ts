// How the screening's conclusion moved between two assessment versions, for the case history.
import type { LocalizedText } from './localized-text.model';
import type { RiskLevel } from './risk-level.model';
import type { PathwayId, PathwayStatus, RiskScore } from './risk-score.model';

export interface RiskScoreChange {
  readonly levelBefore: RiskLevel;
  readonly levelAfter: RiskLevel;
  /** Reasons (by rule and text) that appeared or disappeared. */
  readonly reasonsAdded: readonly { readonly ruleId: string; readonly text: LocalizedText }[];
  readonly reasonsRemoved: readonly { readonly ruleId: string; readonly text: LocalizedText }[];
  readonly pathwaysChanged: readonly {
    readonly id: PathwayId;
    readonly before?: PathwayStatus;
    readonly after?: PathwayStatus;
  }[];
  readonly urgentBefore: boolean;
  readonly urgentAfter: boolean;
}

type Scored = Pick<RiskScore, 'level' | 'reasons' | 'pathways' | 'urgency'>;

/** Reasons are keyed by rule and English text, so two hits of one rule (two countries) stay apart. */
export function diffRiskScores(before: Scored, after: Scored): RiskScoreChange {
  const key = (r: { ruleId: string; text: LocalizedText }) => `${r.ruleId}\u0000${r.text.en}`;
  const beforeKeys = new Set(before.reasons.map(key));
  const afterKeys = new Set(after.reasons.map(key));
  const pick = (r: { ruleId: string; text: LocalizedText }) => ({ ruleId: r.ruleId, text: r.text });
  const status = (s: Scored) => new Map(s.pathways.map((p) => [p.id, p.status]));
  const [pb, pa] = [status(before), status(after)];
  const ids = [...new Set([...pb.keys(), ...pa.keys()])];
  return {
    levelBefore: before.level,
    levelAfter: after.level,
    reasonsAdded: after.reasons.filter((r) => !beforeKeys.has(key(r))).map(pick),
    reasonsRemoved: before.reasons.filter((r) => !afterKeys.has(key(r))).map(pick),
    pathwaysChanged: ids
      .filter((id) => pb.get(id) !== pa.get(id))
      .map((id) => ({
        id,
        ...(pb.has(id) ? { before: pb.get(id) } : {}),
        ...(pa.has(id) ? { after: pa.get(id) } : {}),
      })),
    urgentBefore: before.urgency.urgent,
    urgentAfter: after.urgency.urgent,
  };
}
