import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

/** The longest text a heading may hold; the contracts' TextSchema allows the same. */
export const CONTRIBUTION_TEXT_MAX_LENGTH = 20_000;

/**
 * One heading of a department's contribution: a required, non-blank text. Blank is refused
 * here as well as in the contract, so it is a 400 naming the field rather than a failed publish.
 */
export function ContributionSection(description: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ description, maxLength: CONTRIBUTION_TEXT_MAX_LENGTH })(target, key);
    IsString()(target, key);
    Matches(/\S/, { message: '$property must not be empty' })(target, key);
    MaxLength(CONTRIBUTION_TEXT_MAX_LENGTH)(target, key);
  };
}
