import type { Activity } from '../../../shared/domain/activity';
import type { ActivityFormValues } from './activity-form-values';
import type { SlotTemplate } from './TemplateSlots';

export type DrawerTab = 'form' | 'evidence' | 'history';

/** What the entry drawer is asked to show when it opens. */
export interface DrawerRequest {
  /** A saved entry, or null for a new one. */
  editing: Activity | null;
  /** For a new entry: what a template, a 普法日 or the last department fill in. */
  prefill?: ActivityFormValues;
  /** Opened from a template: its 填空 boxes write the title and summary. */
  template?: SlotTemplate;
  tab?: DrawerTab;
  /** A line above the form, e.g. that this is a copy. */
  notice?: string;
}
