import { describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/reports/load-fixture';
import { expectTerseShape, lintFindings, misplacedEntries, missingFigures, unexpectedFallbacks } from '../fixtures/reports/terse-checks';
import { TERSE_000 } from '../fixtures/reports/terse-000';
import { TERSE_001 } from '../fixtures/reports/terse-001';
import { TERSE_004 } from '../fixtures/reports/terse-004';
import { openTempApp } from '../helpers/temp-app';

// The terse logs (fields and figures, no 内容摘要) entered through the registry into a real data
// folder — 承办科室 set up in the unit profile first — then assembled: the same checks as the pure
// assembly, on what the store gives back.

describe('the example reports kept tersely, on a real data folder', () => {
  for (const fixture of [TERSE_000, TERSE_001, TERSE_004]) {
    it(`${fixture.source}: the fields are stored and every entry and figure is written under its heading`, async () => {
      const app = openTempApp();
      const { templateId, ids } = await loadFixture(app, fixture);
      const stored = await app.registry.call('activities.list', { year: fixture.year, limit: 500 });
      expect(stored.total).toBe(fixture.entries.length);
      const byId = new Map(stored.items.map((a) => [a.id, a]));
      fixture.entries.forEach((e, i) => {
        const a = byId.get(ids[i] as string);
        expect(a && { summary: a.summary, department: a.department, participantCount: a.participantCount, participantsDesc: a.participantsDesc, location: a.location, endDate: a.endDate }, e.title).toEqual({
          summary: '',
          department: e.department ?? '',
          participantCount: e.participantCount ?? null,
          participantsDesc: e.participantsDesc ?? '',
          location: e.location ?? '',
          endDate: e.endDate ?? null,
        });
      });
      const unit = await app.registry.call('unit.get', {});
      expect(new Set(unit.departments)).toEqual(new Set(fixture.entries.flatMap((e) => (e.department ? [e.department] : []))));

      const styles = Object.entries(fixture.choices?.styles ?? {});
      // A style is chosen on the preview, so after a first assembly.
      if (styles.length) await app.registry.call('report.assemble', { year: fixture.year, templateId });
      for (const [key, style] of styles) await app.registry.call('report.subsection.setStyle', { year: fixture.year, key, style });
      const view = await app.registry.call('report.assemble', { year: fixture.year, templateId });
      const doc = view.document;

      expectTerseShape(fixture, doc);
      expect(view.warnings.map((w) => w.code)).not.toContain('field-missing');
      // Soft, so one run reports each kind of failure, not only the first.
      expect.soft(misplacedEntries(fixture, doc, ids), 'entries under their headings').toEqual([]);
      expect.soft(missingFigures(fixture, doc), 'figures under their headings').toEqual([]);
      expect.soft(unexpectedFallbacks(fixture, view.warnings, ids), 'compose-fallback').toEqual([]);
      expect.soft(lintFindings(doc), 'lint').toEqual([]);
    });
  }
});
