import { describe, expect, it } from 'vitest';
import { expectFixtureReport } from '../fixtures/reports/fixture-checks';
import { loadFixture } from '../fixtures/reports/load-fixture';
import { REPORT_000 } from '../fixtures/reports/report-000';
import { REPORT_001 } from '../fixtures/reports/report-001';
import { REPORT_004 } from '../fixtures/reports/report-004';
import { openTempApp } from '../helpers/temp-app';

// The example reports entered through the registry into a real data folder, as a unit would (000 with
// its own copy of a template), then assembled: the same checks as the pure assembly.

describe('the example reports on a real data folder', () => {
  for (const fixture of [REPORT_000, REPORT_001, REPORT_004]) {
    it(`${fixture.source}: every entry and figure under its heading`, async () => {
      const app = openTempApp();
      const { templateId, ids } = await loadFixture(app, fixture);
      const styles = Object.entries(fixture.choices?.styles ?? {});
      // A style is chosen on the preview, so after a first assembly.
      if (styles.length) await app.registry.call('report.assemble', { year: fixture.year, templateId });
      for (const [key, style] of styles) await app.registry.call('report.subsection.setStyle', { year: fixture.year, key, style });
      const view = await app.registry.call('report.assemble', { year: fixture.year, templateId });
      expectFixtureReport(fixture, view.document, ids);
      expect(view.stats.hanzi).toBeGreaterThan(800);
      expect(view.warnings.map((w) => w.code)).not.toContain('field-missing');
    });
  }
});
