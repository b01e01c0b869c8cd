import { z } from 'zod';
import { INTENTS } from './intent';

export const IntentSchema = z.enum(INTENTS);
