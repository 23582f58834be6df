/**
 * An error a domain rule raises. It has no framework in it, so the domain layer can throw it;
 * the HTTP layer turns it into a 4xx with the message as it stands, so messages must say what
 * is wrong in words a caseworker understands and never quote a CPR number.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: 'rule-violated' | 'not-found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static ruleViolated(message: string): DomainError {
    return new DomainError('rule-violated', message);
  }
  static notFound(message: string): DomainError {
    return new DomainError('not-found', message);
  }
  static conflict(message: string): DomainError {
    return new DomainError('conflict', message);
  }
}
