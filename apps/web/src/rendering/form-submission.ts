import type { Response } from 'express';
import { ServiceRefusal } from '../clients/service-call';

/** What a form sent back, for the page to show with the service's reason next to the form. */
export interface FormRefusal {
  form: string;
  message: string;
  values: Record<string, unknown>;
}

/**
 * A form's POST: on success the browser is sent on with 303 (redirect after post), so a reload
 * never repeats it; when a service refuses (4xx), the page is shown again with the service's
 * reason and what was typed, under the service's status.
 */
export async function submitForm(
  response: Response,
  form: string,
  values: Record<string, unknown>,
  action: () => Promise<string>,
  showAgain: (refusal: FormRefusal, status: number) => Promise<void>,
): Promise<void> {
  let next: string;
  try {
    next = await action();
  } catch (error) {
    if (!(error instanceof ServiceRefusal)) throw error;
    await showAgain({ form, message: error.message, values }, error.status);
    return;
  }
  response.redirect(303, next);
}

/** A text field of a form body, trimmed; absent or not text is ''. */
export function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}
