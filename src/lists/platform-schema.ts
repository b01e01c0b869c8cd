import { z } from 'zod';
import { PLATFORMS } from './platform';

export const PlatformSchema = z.enum(PLATFORMS);
