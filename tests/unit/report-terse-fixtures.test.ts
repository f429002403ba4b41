import { describe, expect, it } from 'vitest';
import { assembleFixture } from '../fixtures/reports/assemble-fixture';
import type { ReportFixture } from '../fixtures/reports/fixture-types';
import { expectTerseShape, lintFindings, misplacedEntries, missingFigures, terseCounts, unexpectedFallbacks } from '../fixtures/reports/terse-checks';
import { TERSE_000 } from '../fixtures/reports/terse-000';
import { TERSE_001 } from '../fixtures/reports/terse-001';
import { TERSE_004 } from '../fixtures/reports/terse-004';

// The three example reports rebuilt from a terse 台账 (fields and figures, no 内容摘要) and assembled
// without a database: each entry's sentence is composed from its fields, and every figure typed into
// a field must reach the report under the entry's heading.

const assemble = assembleFixture;

const FIXTURES: [ReportFixture, { entries: number; counters: number; figures: number }][] = [
  [TERSE_000, { entries: 28, counters: 8, figures: 18 }],
  [TERSE_001, { entries: 35, counters: 11, figures: 53 }],
  [TERSE_004, { entries: 22, counters: 5, figures: 6 }],
];

for (const [fixture, counts] of FIXTURES) {
  describe(`${fixture.source}: ${fixture.unit.name} ${fixture.year}, kept tersely, the ${fixture.template.copy ? 'unit’s own' : fixture.template.key} template`, () => {
    const { assembled, doc, ids } = assemble(fixture);

    it('is a terse log: no summaries, the entries and figures counted', () => {
      expect(fixture.entries.every((e) => e.summary === '')).toBe(true);
      expect(terseCounts(fixture)).toEqual(counts);
    });

    it('has the parts in order, numbered without gaps, in clean text', () => {
      expectTerseShape(fixture, doc);
    });

    it('writes every entry under its heading, named by its title', () => {
      expect(misplacedEntries(fixture, doc, ids)).toEqual([]);
    });

    it('writes every figure entered in a field under its heading (a counter’s as the sum of its heading’s counters)', () => {
      expect(missingFigures(fixture, doc)).toEqual([]);
    });

    it('composes every normal title without falling back to the title as it stands', () => {
      expect(unexpectedFallbacks(fixture, assembled.warnings, ids)).toEqual([]);
    });

    it('leaves nothing for the report lint to find', () => {
      expect(lintFindings(doc)).toEqual([]);
    });
  });
}
