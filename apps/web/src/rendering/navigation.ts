import type { Role } from '@rehab/platform';
import {
  DECIDERS,
  DEPARTMENT_WORKERS,
  GENERAL_PRACTITIONERS,
  REFERRERS,
  STATISTICS_READERS,
  TEAM,
} from '../session/page-roles';

const LINKS: { href: string; text: string; roles: Role[] }[] = [
  { href: '/moeder', text: 'Møder og dagsordener', roles: TEAM },
  { href: '/arbejdsko', text: 'Min arbejdskø', roles: DEPARTMENT_WORKERS },
  { href: '/henvisning', text: 'Ny henvisning', roles: REFERRERS },
  { href: '/afgoerelser', text: 'Afgørelser', roles: [...DECIDERS, 'chair'] },
  { href: '/indbakke', text: 'Indbakke', roles: GENERAL_PRACTITIONERS },
  { href: '/statistik', text: 'Statistik', roles: STATISTICS_READERS },
  { href: '/adgangslog', text: 'Adgangslog', roles: ['operator'] },
];

/** The links a role's menu shows; the page it is on is marked for screen readers. */
export function navigationFor(role: Role, currentPath: string) {
  return LINKS.filter((link) => link.roles.includes(role)).map((link) => ({
    ...link,
    current: currentPath === link.href || currentPath.startsWith(`${link.href}/`),
  }));
}

/** Where a role starts after signing in. */
export function homeOf(role: Role): string {
  return LINKS.find((link) => link.roles.includes(role))?.href ?? '/log-ind';
}
