/**
 * Kinds of entry in content/companies.yaml, in the order /companies/
 * lists them: 企业、园区、重点项目.
 */
export const COMPANY_KINDS = ['enterprise', 'park', 'project'] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];
