import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { FormTokens } from './form-tokens';

/** A form post without the token of its session: refused before anything is done with it. */
export class FormTokenRefused extends Error {}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Checks the form token of every request that changes something, on every page. */
@Injectable()
export class FormTokenGuard implements CanActivate {
  constructor(private readonly tokens: FormTokens) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (!this.tokens.accepts(request)) throw new FormTokenRefused();
    return true;
  }
}
