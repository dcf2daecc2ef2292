import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

/** Tables and columns in snake_case, as PostgreSQL users expect (title_en, due_date). */
export const namingStrategy = new SnakeNamingStrategy();
