import type { Bulletin, CityBulletin } from '../bulletin.types';
import { bulletinTables, cityBulletinTables, type BulletinTable } from './bulletin-tables';
import {
  bulletinTitle,
  cityBulletinText,
  cityBulletinTitle,
  CITY_OFFICE,
  headlineText,
  issuingOffice,
  SECTION_TITLES,
  type BulletinIssue,
} from './bulletin-text';

/**
 * A bulletin as it is printed: masthead, an opening paragraph, then its tables. The PDF and the
 * workbook are both laid out from this, for a district's bulletin and the city's alike.
 */
export interface PrintedDocument {
  title: string;
  office: string;
  issue: BulletinIssue;
  /** What each page's foot says beside the page number: whose bulletin, the period, the rules. */
  footer: string;
  /** The opening section in words; on paper it stands for the first table, which the workbook keeps as a sheet. */
  opening: { title: string; text: string };
  tables: BulletinTable[];
}

export function bulletinDocument(bulletin: Bulletin, issue: BulletinIssue): PrintedDocument {
  return {
    title: bulletinTitle(bulletin, issue),
    office: issuingOffice(bulletin),
    issue,
    footer: `${bulletin.districtName} · ${bulletin.period} · 规则 v${bulletin.ruleSetVersion}`,
    opening: { title: SECTION_TITLES.headline, text: headlineText(bulletin) },
    tables: bulletinTables(bulletin),
  };
}

export function cityBulletinDocument(city: CityBulletin, issue: BulletinIssue): PrintedDocument {
  return {
    title: cityBulletinTitle(city),
    office: CITY_OFFICE,
    issue,
    footer: `全市 · ${city.period}`,
    opening: { title: SECTION_TITLES.headline, text: cityBulletinText(city) },
    tables: cityBulletinTables(city),
  };
}
