/**
 * Kinds of department, in the order /departments/ lists them:
 * 镇、街道、区直部门、党群机构、功能区、企业.
 */
export const DEPARTMENT_KINDS = ['town', 'subdistrict', 'district-department', 'party-mass', 'zone', 'enterprise'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
