// The whole catalogue of rules, gaps and protections, built once: reading it validates every
// rule pack, so a pack that fails validation stops start-up with the pack and rule named.
import { Injectable } from '@nestjs/common';
import type { RuleCatalogueResponse } from '@amparo/contracts';
import { forumsOf, ruleCatalogue, shippedRulePacks } from '@amparo/domain';

@Injectable()
export class RuleCatalogueService {
  private readonly catalogue: RuleCatalogueResponse = {
    jurisdictions: ruleCatalogue(shippedRulePacks()).map((pack) => ({
      jurisdiction: pack.jurisdiction,
      version: pack.version,
      name: pack.name,
      defaultTimeZone: pack.defaultTimeZone,
      singleTimeZone: pack.singleTimeZone,
      forums: forumsOf(pack.jurisdiction).map(({ id, name, city, region, timeZone }) => ({
        id,
        name,
        city,
        region,
        timeZone,
      })),
      procedures: pack.procedures.map((p) => ({ id: p.id, title: p.title })),
      eventTypes: pack.eventTypes.map((e) => ({ id: e.id, label: e.label })),
      rules: pack.rules.map((rule) => ({
        ...rule,
        procedures: [...rule.procedures],
        triggers: [...rule.triggers],
        startsNext: [...rule.startsNext],
      })),
      gaps: pack.gaps.map((gap) => ({
        id: gap.id,
        title: gap.title,
        procedures: [...gap.procedures],
        status: 'not_found' as const,
        reason: gap.reason,
        source: gap.source,
        sourceUrl: gap.sourceUrl,
        excerpt: gap.excerpt,
      })),
      protections: pack.protections.map((protection) => ({
        ...protection,
        procedures: [...protection.procedures],
      })),
    })),
  };

  get(): RuleCatalogueResponse {
    return this.catalogue;
  }
}
