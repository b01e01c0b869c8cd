import { describe, expect, it } from 'vitest';
import { CLAUSES } from '../../../src/rules/catalogue';
import { clauseById, clausesFor, primaryClause } from '../../../src/rules/clauses-for-intent';
import { INTENTS } from '../../../src/guard/intent';

describe('clause catalogue', () => {
  it('has unique ids', () => {
    expect(new Set(CLAUSES.map((c) => c.id)).size).toBe(CLAUSES.length);
  });

  it.each(CLAUSES.map((c) => [c.id, c] as const))('%s has text in both languages and a source', (_, clause) => {
    expect(clause.summary.id.length).toBeGreaterThan(20);
    expect(clause.summary.en.length).toBeGreaterThan(20);
    expect(clause.consequence.id.length).toBeGreaterThan(10);
    expect(clause.consequence.en.length).toBeGreaterThan(10);
    expect(clause.sources.length).toBeGreaterThan(0);
    // A source is a link, or a description precise enough to find the report.
    for (const source of clause.sources) {
      if (source.startsWith('http')) expect(new URL(source).protocol).toBe('https:');
      else expect(source.length).toBeGreaterThan(30);
    }
    if (clause.caveat) expect(clause.caveat.id && clause.caveat.en).toBeTruthy();
  });

  it('cites the SKB 2022 social-media clause and PP 94/2021 Pasal 5 huruf n', () => {
    expect(clauseById('skb-2022-lampiran-ii-media-sosial')?.citation).toMatch(/Lampiran II/);
    expect(clauseById('pp-94-2021-pasal-5-n')?.citation).toMatch(/Pasal 5 huruf n/);
  });

  it.each([
    ['like', ['skb-2022-lampiran-ii-media-sosial', 'skb-2022-lampiran-ii-kampanye-media-sosial', 'pp-94-2021-pasal-5-n', 'skb-2022-pakta-integritas', 'bkn-kominfo-2023-aturan-media-sosial', 'uu-20-2023-netralitas']],
    ['follow', ['skb-2022-lampiran-ii-media-sosial', 'pp-94-2021-pasal-5-n', 'skb-2022-pakta-integritas', 'bkn-kominfo-2023-aturan-media-sosial', 'uu-20-2023-netralitas']],
    ['comment', ['skb-2022-lampiran-ii-media-sosial', 'skb-2022-lampiran-ii-kampanye-media-sosial', 'pp-94-2021-pasal-5-n', 'skb-2022-pakta-integritas', 'uu-20-2023-netralitas', 'menpanrb-2024-pasangan-calon-pilkada']],
    ['share', ['skb-2022-lampiran-ii-media-sosial', 'skb-2022-lampiran-ii-kampanye-media-sosial', 'pp-94-2021-pasal-5-n', 'skb-2022-pakta-integritas', 'bkn-kominfo-2023-aturan-media-sosial', 'uu-20-2023-netralitas', 'menpanrb-2024-pasangan-calon-pilkada']],
    ['post', ['skb-2022-lampiran-ii-kampanye-media-sosial', 'skb-2022-lampiran-ii-media-sosial', 'pp-94-2021-pasal-5-n', 'skb-2022-pakta-integritas', 'bkn-kominfo-2023-aturan-media-sosial', 'uu-20-2023-netralitas', 'menpanrb-2024-pasangan-calon-pilkada']],
  ] as const)('cites for %s exactly these clauses, in this order', (intent, ids) => {
    expect(clausesFor(intent).map((c) => c.id)).toEqual(ids);
  });

  it.each(INTENTS)('maps %s to a primary clause that covers it, listed first', (intent) => {
    const primary = clauseById(primaryClause(intent).id);
    expect(primary?.intents).toContain(intent);
    const all = clausesFor(intent);
    expect(all[0]).toBe(primary);
    // The warning shows the catalogue's own words for it.
    expect(primaryClause(intent)).toEqual({ id: primary?.id, citation: primary?.citation, summary: primary?.summary, consequence: primary?.consequence });
    expect(all.every((c) => c.intents.includes(intent))).toBe(true);
    expect(all.map((c) => c.id)).toContain('pp-94-2021-pasal-5-n');
  });

  it.each(['like', 'comment', 'share', 'post'] as const)(
    'cites online campaigning first when a campaign hashtag, not the author, decided a %s',
    (intent) => {
      expect(primaryClause(intent, true).id).toBe('skb-2022-lampiran-ii-kampanye-media-sosial');
    },
  );

  it('keeps the annex clause on campaign accounts for a listed author', () => {
    expect(primaryClause('like').id).toBe('skb-2022-lampiran-ii-media-sosial');
  });
});
