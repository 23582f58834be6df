export * from './department-contribution';
export * from './department-contributions.module';
export * from './domain/contribution-task.aggregate';
export * from './http/contribution-section.decorator';
export * from './infrastructure/contribution-task.entity';
export * from './migrations/1764000000200-create-contribution-tables';
