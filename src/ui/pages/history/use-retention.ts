import { useEffect, useState } from 'preact/hooks';
import { parseRetention, readRetention, retention, type Retention } from '../../../settings/retention';

/** The retention setting, following changes made here or in the options page; null until read. */
export function useRetention(): Retention | null {
  const [value, setValue] = useState<Retention | null>(null);
  useEffect(() => {
    void readRetention().then(setValue);
    return retention.watch((stored) => setValue(parseRetention(stored)));
  }, []);
  return value;
}
