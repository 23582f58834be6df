import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eventually, freePortBlock } from '../support/environment';
import { launchChromium, screenshot, seriousAccessibilityViolations } from './support/browser';
import { DEPARTMENT_CONTENT, PREPARATORY_PART, recordGpConsents } from './support/case-steps';
import { cleanEnvironment, type RunningProcess, startProcess, waitForHealth } from './support/service-processes';
import { aCitizenCpr } from './support/thin-flow';

jest.setTimeout(300_000);

/**
 * A whole meeting through the web pages alone, in Debian's Chromium: referral, the preparatory
 * part, the departments' contributions and the GP certificate, the agenda, the live meeting with
 * the recommendation adopted and the decision taken, and the GP's inbox showing the message.
 * Every page visited is checked with axe-core and photographed.
 */
describe('the web pages, driven in a browser', () => {
  let system: RunningProcess;
  let browser: Browser;
  let web: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'rehab-web-'));
  const contexts: BrowserContext[] = [];
  const accessibility: Record<string, string[]> = {};

  async function signedIn(personId: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${web}/log-ind`);
    await page.check(`#person-${personId}`);
    await page.selectOption('#municipality', '101');
    await page.click('button[type=submit]');
    return page;
  }

  /** Visits a page, checks it with axe and photographs it. */
  async function visit(page: Page, path: string, name: string): Promise<void> {
    const response = await page.goto(`${web}${path}`);
    expect(response?.status()).toBe(200);
    accessibility[name] = await seriousAccessibilityViolations(page);
    await screenshot(page, name);
  }

  async function reloadUntil(page: Page, path: string, text: string, what: string): Promise<void> {
    await eventually(
      async () => {
        await page.goto(`${web}${path}`);
        return (await page.content()).includes(text);
      },
      { timeoutMs: 60_000, intervalMs: 500, what },
    );
  }

  beforeAll(async () => {
    // base+1 is the web, base+2… the services, base+10 the embedded store.
    const base = await freePortBlock(10);
    web = `http://127.0.0.1:${base + 1}`;
    system = startProcess(
      'npm start',
      process.execPath,
      ['dist/apps/all-in-one/src/main.js'],
      cleanEnvironment({
        BASE_PORT: String(base + 1),
        EMBEDDED_DATA_DIR: dataDir,
        EMBEDDED_DATABASE_PORT: String(base + 10),
      }),
    );
    await waitForHealth(web, system, 150_000);
    for (let port = base + 2; port <= base + 7; port += 1) await waitForHealth(`http://127.0.0.1:${port}`, system);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await system?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should run a meeting from referral to the GP inbox through the pages alone', async () => {
    // The chair schedules the meeting.
    const chair = await signedIn('chair-1');
    await visit(chair, '/moeder', 'calendar');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await chair.fill('#startsAt', `${tomorrow}T09:00`);
    await chair.click('text=Planlæg mødet');
    await chair.waitForURL(/\/moeder\/[0-9a-f-]{36}$/);
    const meetingPath = new URL(chair.url()).pathname;

    // The coordinating caseworker refers the case and writes the preparatory part.
    const caseworker = await signedIn('coordinating-caseworker-1');
    await visit(caseworker, '/henvisning', 'referral');
    await caseworker.fill('#cpr', aCitizenCpr());
    await caseworker.selectOption('#caseType', 'resource-programme');
    await caseworker.fill('#gpSorCode', '123456789012');
    await caseworker.fill('#gpName', 'Lægerne på Nørrebro');
    await caseworker.click('text=Henvis sagen');
    await caseworker.waitForURL(/\/henvisning\/[0-9a-f-]{36}\/forberedende-del$/);
    const caseId = new URL(caseworker.url()).pathname.split('/')[2];
    expect(caseworker.url()).not.toMatch(/\d{6}-?\d{4}/);
    for (const [key, text] of Object.entries(PREPARATORY_PART)) await caseworker.fill(`#${key}`, text);
    await caseworker.click('text=Indsend den forberedende del');
    await caseworker.waitForSelector('text=gemt som version 1');
    accessibility['preparatory-part'] = await seriousAccessibilityViolations(caseworker);
    // The citizen's consents to obtain the GP certificate and to share the outcome with the GP;
    // the pages have no consent form yet, so the caseworker records them through the job centre's API.
    await recordGpConsents(`http://127.0.0.1:${Number(new URL(web).port) + 1}`, caseId);

    // Each department finds the case in its queue and submits its contribution.
    for (const [department, content] of Object.entries(DEPARTMENT_CONTENT)) {
      const member = await signedIn(`member-${department}-1`);
      await reloadUntil(member, '/arbejdsko', caseId, `${department}'s queue to list the case`);
      accessibility[`work-queue-${department}`] = await seriousAccessibilityViolations(member);
      await visit(member, `/arbejdsko/${caseId}`, `work-item-${department}`);
      for (const [key, text] of Object.entries(content)) await member.fill(`#${key}`, text);
      await member.click('text=Indsend bidraget');
      await member.waitForSelector('text=Indsendt version 1');
      if (department === 'health-coordinator') {
        await member.click('text=Anmod egen læge om LÆ 265');
        await member.fill('#documentReference', 'lae265-web');
        await member.click('text=Registrér attesten som modtaget');
        await member.waitForSelector('text=reference lae265-web');
      }
    }

    // The chair puts the case on the agenda; it is ready once the meeting service has everything.
    await chair.goto(`${web}${meetingPath}`);
    await chair.selectOption('#caseId', caseId);
    await chair.click('text=Sæt på dagsordenen');
    await reloadUntil(chair, meetingPath, 'class="badge ok">Klar', 'the agenda to show the case as ready');
    await visit(chair, meetingPath, 'agenda');
    await visit(chair, `/sager/${caseId}`, 'dossier');
    expect(await chair.textContent('#contributions')).toContain('Chronic lower back pain');

    // The meeting: attendance, the citizen, and a contribution amended while the page is open.
    const livePath = `${meetingPath}/live`;
    await visit(chair, livePath, 'live-meeting-start');
    for (const role of [
      'chair',
      'minute-taker',
      'employment',
      'health',
      'social',
      'education',
      'region-health-coordinator',
      'company-consultant',
      'decision-maker',
    ]) {
      await chair.fill(`#staff-${role}`, `${role}-1`);
      await chair.check(`#present-${role}`);
    }
    await chair.click('text=Gem fremmøde');
    await chair.waitForSelector('text=Teamet er beslutningsdygtigt');
    await chair.click(`#sag-${caseId} >> text=Gem deltagelse`);
    await chair.waitForSelector('text=Borgeren deltager');

    // The order of business: the chair opens, the case is presented and discussed.
    await chair.click('#step-opened');
    await chair.waitForSelector('#current-step >> text=Mødelederen åbner mødet');
    for (const step of ['presentation', 'dialogue']) {
      await chair.click(`#step-${step}-${caseId}`);
      await chair.waitForSelector(
        `#steps-${caseId} li:has-text("${step === 'dialogue' ? 'Dialog' : 'fremlægger'}") .badge.ok`,
      );
    }
    expect(await chair.textContent('#current-step')).toContain('Dialog');
    await visit(chair, livePath, 'live-meeting-order-of-business');
    await chair.click(`#step-conclusion-${caseId}`);
    await chair.waitForSelector('#current-step >> text=opsummerer og konkluderer');

    const social = await signedIn('member-social-psychiatry-1');
    await social.goto(`${web}/arbejdsko/${caseId}`);
    await social.fill('#housing', 'Moved to a ground-floor flat last week.');
    await social.fill('#reason', 'New housing');
    await social.click('text=Indsend ændret bidrag');
    await social.waitForSelector('text=Indsendt version 2');
    // No navigation on the chair's page: the server-sent event brings the new version in.
    await chair.waitForSelector(`#sag-${caseId} >> text=Social og psykiatri: version 2`, { timeout: 30_000 });

    // The recommendation editor is prefilled from the dossier; the chair adopts it.
    const draft = await chair.inputValue(`#text-${caseId}`);
    expect(draft).toContain('Rehabiliteringsteamets indstilling');
    await chair.selectOption(`#outcome-${caseId}`, 'resource-programme');
    await chair.click('text=Vedtag indstillingen');
    await chair.waitForSelector('text=vedtaget');
    await chair.click(`#step-citizen-questions-${caseId}`);
    await chair.waitForSelector('text=Alle sager på dagsordenen er behandlet');

    // The decision maker decides at the meeting.
    const decisionMaker = await signedIn('decision-maker-1');
    await visit(decisionMaker, '/afgoerelser', 'decisions');
    expect(await decisionMaker.content()).toContain(caseId);
    await decisionMaker.goto(`${web}${livePath}`);
    await decisionMaker.click('text=Træf afgørelsen på mødet');
    await decisionMaker.waitForSelector('text=Afgjort: Ressourceforløb, som indstillet');
    await visit(decisionMaker, livePath, 'live-meeting-decided');

    // The GP receives the outcome in the built-in inbox.
    const gp = await signedIn('general-practitioner-1');
    await reloadUntil(gp, '/indbakke', '/indbakke/', 'the GP inbox to show the message');
    await visit(gp, '/indbakke', 'gp-inbox');
    await gp.click('table a');
    await gp.waitForSelector('.message-text');
    accessibility['gp-message'] = await seriousAccessibilityViolations(gp);
    await screenshot(gp, 'gp-message');

    // The GP answers from the inbox; the chair's meeting page, still open, shows the answer by itself.
    await chair.goto(`${web}${livePath}`);
    await gp.fill('#text', 'Tak. Jeg følger op ved næste konsultation.');
    await gp.fill('#phone', '44527000');
    await gp.click('text=Send svar');
    await gp.waitForSelector('text=Dit svar er sendt');
    await chair.waitForSelector(`#sag-${caseId} >> text=Jeg følger op ved næste konsultation`, { timeout: 30_000 });

    // The dossier now tells what the GP was told, and the statistics draw the meeting.
    await reloadUntil(
      chair,
      `/sager/${caseId}`,
      'Egen læge har kvitteret',
      'the dossier to show the GP acknowledgement',
    );
    await visit(chair, `/sager/${caseId}`, 'dossier-after-meeting');
    await visit(chair, '/statistik', 'statistics');
    expect(await chair.locator('svg.chart').count()).toBeGreaterThan(0);

    // The operator reads who read and wrote the case's data, across the services' audit logs.
    const operator = await signedIn('operator-1');
    await visit(operator, `/adgangslog?sag=${caseId}`, 'audit');
    expect(await operator.textContent('#trail')).toContain('read-dossier');
    expect(await operator.textContent('#trail')).toContain('(Mødeleder)');

    // Every page checked: no serious or critical accessibility violation.
    expect(Object.values(accessibility).flat()).toEqual([]);
  });

  it('should keep health data from a role that may not read them when it opens the dossier', async () => {
    const company = await signedIn('member-company-consultant-1');
    await company.goto(`${web}/moeder`);
    const link = await company.locator('table a').first().getAttribute('href');
    await company.goto(`${web}${link}`);
    const dossierLink = await company.locator('a[href^="/sager/"]').first().getAttribute('href');
    await company.goto(`${web}${dossierLink}`);
    const text = await company.textContent('#contributions');
    expect(text).not.toContain('Chronic lower back pain');
    expect(text).toContain('Helbredsoplysning, ikke vist.');
  });

  it('should refuse a page to a role it is not for, and send a visitor to sign in', async () => {
    const gp = await signedIn('general-practitioner-1');
    expect((await gp.goto(`${web}/moeder`))?.status()).toBe(403);
    const context = await browser.newContext();
    contexts.push(context);
    const anonymous = await context.newPage();
    await anonymous.goto(`${web}/moeder`);
    expect(new URL(anonymous.url()).pathname).toBe('/log-ind');
    accessibility['sign-in'] = await seriousAccessibilityViolations(anonymous);
    await screenshot(anonymous, 'sign-in');
    expect(accessibility['sign-in']).toEqual([]);
  });

  it('should refuse a forged form post when it lacks the session’s form token', async () => {
    const chair = await signedIn('chair-1');
    await chair.goto(`${web}/moeder`);
    const meetingsBefore = await chair.locator('table tbody tr').count();
    const token = await chair.inputValue('form[action="/moeder"] input[name=_csrf]');
    const startsAt = '2031-05-05T09:00';
    // Another site can make the browser send its cookies, but cannot read the token from the page.
    const forgeries: Record<string, string>[] = [{ startsAt }, { startsAt, _csrf: `${token.slice(0, -2)}xx` }];
    for (const form of forgeries) {
      const forged = await chair.request.post(`${web}/moeder`, { form, maxRedirects: 0 });
      expect(forged.status()).toBe(403);
      expect(await forged.text()).toContain('Formularen kunne ikke godkendes');
    }
    // Nothing was scheduled; the same post with the page's token is accepted.
    await chair.goto(`${web}/moeder`);
    expect(await chair.locator('table tbody tr').count()).toBe(meetingsBefore);
    const genuine = await chair.request.post(`${web}/moeder`, { form: { startsAt, _csrf: token }, maxRedirects: 0 });
    expect(genuine.status()).toBe(303);
    await chair.goto(`${web}/moeder`);
    expect(await chair.locator('table tbody tr').count()).toBe(meetingsBefore + 1);
    // A token is bound to its session: another browser cannot use it.
    const context = await browser.newContext();
    contexts.push(context);
    const other = await context.newPage();
    await other.goto(`${web}/log-ind`);
    const stolen = await other.request.post(`${web}/moeder`, { form: { startsAt, _csrf: token }, maxRedirects: 0 });
    expect(stolen.status()).toBe(403);
  });

  it('should show the service’s reason in the form when a referral is refused', async () => {
    const caseworker = await signedIn('coordinating-caseworker-1');
    await caseworker.goto(`${web}/henvisning`);
    await caseworker.fill('#cpr', '12');
    await caseworker.fill('#gpSorCode', '123456789012');
    await caseworker.fill('#gpName', 'Lægerne');
    const [response] = await Promise.all([
      caseworker.waitForResponse((r) => r.request().method() === 'POST'),
      caseworker.click('text=Henvis sagen'),
    ]);
    expect(response.status()).toBe(400);
    expect(await caseworker.textContent('.refusal')).toContain('cpr');
    expect(await caseworker.inputValue('#gpName')).toBe('Lægerne');
  });
});
