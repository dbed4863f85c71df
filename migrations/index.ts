// Every migration, in order. Landed migrations are never edited: add a new one instead.
import { Foundation1763900000000 } from './1763900000000-foundation';

export const migrations = [Foundation1763900000000];
