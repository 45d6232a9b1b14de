import type { Domain } from '../../../shared/api/domainsMethods';
import { DOMAIN_PALETTE } from '../../../shared/domains/domainColour';

export { DOMAIN_PALETTE };

const DEFAULTS: Omit<Domain, 'created' | 'moderators' | 'colour'>[] = [
  {
    slug: 'procurement',
    name: 'Procurement and contracts',
    description:
      'Buying goods, works and services for the public: market consultation, tender design and evaluation, framework agreements, contract management and supplier relations.',
  },
  {
    slug: 'hr-and-talent',
    name: 'HR and talent',
    description:
      'Recruiting, onboarding, learning and development, mobility and wellbeing of public employees, and the practices that keep teams skilled and connected.',
  },
  {
    slug: 'digital-services',
    name: 'Digital services',
    description:
      'Designing, building and running digital public services: user research, service design, accessibility, agile delivery, platforms and shared components.',
  },
  {
    slug: 'finance-and-budget',
    name: 'Finance and budget',
    description:
      'Budget preparation and execution, financial control, grants and subsidies, cost estimation and reporting on the use of public money.',
  },
  {
    slug: 'legal-and-regulatory',
    name: 'Legal and regulatory',
    description:
      'Drafting and applying regulations, administrative procedure, data protection, transparency obligations and legal review of decisions and contracts.',
  },
  {
    slug: 'citizen-services',
    name: 'Citizen services',
    description:
      'Serving people and businesses across counters, phone and online channels: appointments, complaints, plain language and making procedures simpler.',
  },
  {
    slug: 'data-and-statistics',
    name: 'Data and statistics',
    description:
      'Collecting, managing, analysing and opening data: statistics, dashboards, data quality, interoperability and evidence for decisions.',
  },
  {
    slug: 'policy-evaluation',
    name: 'Policy evaluation',
    description:
      'Assessing whether policies and programmes work: evaluation design, indicators, impact assessment and turning findings into better policy.',
  },
];

/** The domains a new vault starts with (all editable), created `now`. */
export function defaultDomains(now: Date = new Date()): Domain[] {
  const created = now.toISOString();
  return DEFAULTS.map((domain, i) => ({
    ...domain,
    colour: DOMAIN_PALETTE[i % DOMAIN_PALETTE.length]!,
    moderators: [],
    created,
  }));
}
